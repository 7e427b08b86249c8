// Hive Gateway with its inbound in-flight request deduplication on (off by default); used by run.js.
export const gatewayConfig = {
  inboundInflightRequestDeduplication: true,
};
