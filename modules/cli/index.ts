export { main, EXIT, defaultInventory } from './main.js';
