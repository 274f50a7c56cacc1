// office-addin-mock needs only the OfficeApp enum from office-addin-manifest; the real package pulls ESM-only
// dependencies Jest cannot load. Same values as office-addin-manifest's lib/officeApp.js.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
