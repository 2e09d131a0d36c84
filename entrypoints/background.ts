export default defineBackground(() => {
  // Storage and messaging live here (see lib/store); filled in by the extension issue.
});
