// Every jest run spawns the current sources: the compiled CLI (bin/kinerja.js → dist/cli/main.js) is rebuilt first (~0.1 s).
module.exports = () => {
  require("../../scripts/build-cli").buildCli();
};
