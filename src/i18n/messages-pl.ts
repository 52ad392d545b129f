// The message catalogue, Polish (the default). Every key here must exist in messages-en.ts
// (the type checker enforces it). Placeholders: {name}.
export const pl = {
  'app.name': 'Mapa Praktyk',
  'app.tagline': 'Jak współpracują samorządy w Polsce',
  'app.skipToContent': 'Przejdź do treści',

  'language.label': 'Język',
  'language.pl': 'polski',
  'language.en': 'angielski',

  'panel.label': 'Wyszukiwanie i informacje',
  'panel.show': 'Pokaż panel',
  'panel.hide': 'Ukryj panel',

  'map.label': 'Mapa gmin, powiatów i województw',
  'map.loading': 'Wczytywanie granic…',
  'map.zoomIn': 'Przybliż',
  'map.zoomOut': 'Oddal',
  'map.tilesUnavailable': 'Podkład mapy jest niedostępny; granice są nadal widoczne.',

  'places.search.label': 'Szukaj miejsca',
  'places.search.placeholder': 'gmina, powiat, województwo',
  'places.search.loading': 'Wczytywanie listy jednostek…',
  'places.search.noResults': 'Brak pasujących jednostek',
  'places.search.results': 'Wyników: {count}',
  'places.search.resultsTruncated': 'Wyników: {count}, pokazano pierwsze {shown}',

  'unitInfo.heading': 'Jednostka',
  'unitInfo.empty':
    'Wskaż gminę, powiat lub województwo na mapie albo wyszukaj je powyżej, aby zobaczyć szczegóły.',
  'unitInfo.type': 'Typ',
  'unitInfo.powiat': 'Powiat',
  'unitInfo.voivodeship': 'Województwo',
  'unitInfo.terc': 'Kod TERC',

  'unit.type.voivodeship': 'województwo',
  'unit.type.powiat': 'powiat',
  'unit.type.cityWithPowiatRights': 'miasto na prawach powiatu',
  'unit.type.gmina': 'gmina',
  'unit.type.gminaUrban': 'gmina miejska',
  'unit.type.gminaRural': 'gmina wiejska',
  'unit.type.gminaUrbanRural': 'gmina miejsko-wiejska',
  'unit.powiatName': 'powiat {name}',
  'unit.description': '{name} — {type}, {parent}',
  'unit.descriptionTopLevel': '{name} — {type}',

  'data.boundaries': 'granice jednostek',
  'data.gazetteer': 'lista jednostek',
  'data.practices': 'praktyki',
  'dataError.heading': 'Nie udało się wczytać: {dataset}',
  'dataError.http': 'Plik {file}: serwer odpowiedział kodem {status}.',
  'dataError.network': 'Plik {file}: brak połączenia z serwerem ({detail}).',
  'dataError.parse': 'Plik {file} nie jest poprawnym plikiem JSON ({detail}).',
  'dataError.schema': 'Plik {file} ma nieprawidłową zawartość: {where}: {detail}.',
  'dataError.hint':
    'Spróbuj ponownie. Jeśli uruchamiasz aplikację u siebie, zbuduj dane poleceniem npm run build:data.',
  'dataError.retry': 'Spróbuj ponownie',
} as const;

export type MessageKey = keyof typeof pl;
export type Messages = Record<MessageKey, string>;
