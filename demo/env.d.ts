// Vite's types for the demo's `?url` imports (the theme files it offers).
/// <reference types="vite/client" />
