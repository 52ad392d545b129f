export function App() {
  return <h1>Mapa Praktyk</h1>;
}
