// Demo configuration. scripts/run.sh serves this folder; a host site sets its own.
window.KentSafetyWidgetConfig = window.KentSafetyWidgetConfig || {
  serverUrl: "http://localhost:5005",
  title: "Online safety help"
};
