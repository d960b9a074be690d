export { svgToPNG } from './png.js';
export { exportMessages } from './messages.js';
