// Swagger UI over this server's OpenAPI schema; no validator badge (it would call another host).
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const root = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: root.dataset.schema, domNode: root, validatorUrl: null });
});
