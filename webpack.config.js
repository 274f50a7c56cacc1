/* Build: the shared-runtime page (task pane + custom functions), functions.json from JSDoc, its English
   translation, the manifest and the icons, into dist/. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedFunctionsPlugin } = require("./scripts/localized-functions-plugin");

// TypeScript 7 no longer exposes the compiler API that ts-loader, ts-jest and the metadata plugin need.
const tsMajor = Number(require("typescript").version.split(".")[0]);
if (tsMajor !== 6) throw new Error(`TypeScript 6.x diperlukan, yang terpasang ${require("typescript").version}`);

const DEV_ORIGIN = "https://localhost:3000";
const PORT = 3000;

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const origin = (process.env.ADDIN_ORIGIN || DEV_ORIGIN).replace(/\/$/, "");
  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      // The standalone page's Web Worker (src/xlsx/browser-host.ts starts it as pekerja.js).
      pekerja: "./src/xlsx/pekerja.ts",
      // Rekap Pemda's Web Worker (src/taskpane/rekap-kerja.ts starts it as pekerja-rekap.js).
      "pekerja-rekap": "./src/taskpane/rekap-pekerja.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    // Dynamic imports carry ".js" (TypeScript's nodenext rule); resolve them to the TypeScript source.
    resolve: { extensions: [".ts", ".tsx", ".js"], extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules for the browser bundle, so webpack tree-shakes Fluent UI (CommonJS would pull it all in).
          use: {
            loader: "ts-loader",
            options: {
              onlyCompileBundledFiles: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler" },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsPlugin({
        source: "functions.json",
        locales: { "en-US": path.resolve(__dirname, "src/functions/functions.en-US.json") },
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/bantuan.html", to: "bantuan.html" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // The standalone page's sample (?contoh): the seed agency's workbook.
          { from: "samples/dkum-depok-2023.xlsx", to: "contoh.xlsx" },
          { from: "samples/dkum-depok-2023-laporan.xlsx", to: "contoh-laporan.xlsx" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_ORIGIN).join(origin),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      port: PORT,
      server: "https",
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};
