/** Spanish strings of every element, loaded the first time an element speaks Spanish. */
import { formatNumber, plural } from '../format.js';
import type { LocaleModule } from '../strings.js';

// Spanish plural rules: "one" for 1, "many" for round millions ("1.000.000 de votos"), else "other".
const es: LocaleModule = (locale) => ({
  errors: {
    timeout: 'El servidor tardó demasiado en responder.',
    network: 'No se pudo conectar con el servidor.',
    http: 'El servidor respondió con un error.',
    httpStatus: (status) => `El servidor respondió con el error ${status}.`,
    rateLimit: 'El servidor está recibiendo demasiadas solicitudes. Vuelve a intentarlo más tarde.',
    parse: 'El servidor envió algo que esta página no puede leer.',
    url: 'La dirección no es válida.',
    responseTooLarge: 'La respuesta es demasiado grande para mostrarla.',
    other: 'Algo salió mal.',
    details: 'Detalles',
    retry: 'Reintentar',
  },
  post: {
    avatarOf: (name) => `Avatar de ${name}`,
    showContent: 'Mostrar más',
    hideContent: 'Mostrar menos',
    contentWarning: 'Advertencia de contenido',
    edited: 'Editado',
    editedAt: (date) => `Editado el ${date}`,
    reposted: '{name} compartió',
    replyingTo: 'En respuesta a {name}',
    replyingToPost: 'En respuesta a una publicación',
    pinned: 'Fijado',
    source: 'Fuente',
    sensitiveMedia: 'Contenido multimedia sensible',
    showMedia: 'Mostrar multimedia',
    hideMedia: 'Ocultar multimedia',
    altBadge: 'ALT',
    altBadgeLabel: 'descripción de la imagen',
    noAltBadge: 'Sin ALT',
    imageWithoutAlt: 'Imagen sin descripción',
    openImage: 'ampliar',
    lightbox: 'Visor de imágenes',
    close: 'Cerrar',
    previousImage: 'Imagen anterior',
    nextImage: 'Imagen siguiente',
    imageCounter: (index, total) => `${index} de ${total}`,
    video: 'Video',
    audio: 'Audio',
    playAnimation: 'Reproducir animación',
    pauseAnimation: 'Pausar animación',
    watchOnSite: 'Ver el video en el sitio original',
    openAttachment: 'Abrir archivo adjunto',
    quotedPost: 'Publicación citada',
    poll: 'Resultados de la encuesta',
    voters: (count) =>
      plural(locale, count, {
        one: '{n} persona votó',
        many: '{n} de personas votaron',
        other: '{n} personas votaron',
      }),
    votes: (count) =>
      plural(locale, count, { one: '{n} voto', many: '{n} de votos', other: '{n} votos' }),
    pollClosed: 'Resultados finales',
    pollEnds: (when) => `Termina ${when}`,
    counts: 'Reacciones',
    replies: (count) =>
      plural(locale, count, {
        one: '{n} respuesta',
        many: '{n} de respuestas',
        other: '{n} respuestas',
      }),
    reposts: (count) =>
      plural(locale, count, {
        one: 'Compartida {n} vez',
        many: 'Compartida {n} de veces',
        other: 'Compartida {n} veces',
      }),
    likes: (count) =>
      plural(locale, count, {
        one: '{n} me gusta',
        many: '{n} de me gusta',
        other: '{n} me gusta',
      }),
    loading: 'Cargando publicación…',
    loadFailed: 'No se pudo cargar esta publicación.',
    noPost: 'El documento no contiene ninguna publicación.',
  },
  feed: {
    feed: 'Publicaciones',
    loading: 'Cargando publicaciones…',
    loadMore: 'Cargar más publicaciones',
    loadingMore: 'Cargando…',
    morePostsLoaded: (count) =>
      plural(locale, count, {
        one: 'Se cargó {n} publicación más',
        other: 'Se cargaron {n} publicaciones más',
      }),
    noMorePosts: 'No hay más publicaciones.',
    showNewPosts: (count) =>
      plural(locale, count, {
        one: 'Mostrar {n} publicación nueva',
        other: 'Mostrar {n} publicaciones nuevas',
      }),
    newPostsAvailable: (count) =>
      plural(locale, count, {
        one: 'Hay {n} publicación nueva',
        other: 'Hay {n} publicaciones nuevas',
      }),
    postInserted: 'Nueva publicación añadida arriba',
    empty: 'Todavía no hay publicaciones.',
    noMatches: 'Ninguna publicación coincide con los filtros.',
    endOfFeed: 'Fin de las publicaciones',
    skipFeed: 'Saltar las publicaciones',
    sources: 'Fuentes',
    postLabel: (author, time) => `${author}, ${time}`,
    sourceFailed: (source) => `No se pudo cargar ${source}.`,
  },
  'profile-card': {
    avatarOf: (name) => `Avatar de ${name}`,
    profileOf: (name) => `Perfil de ${name}`,
    copyHandle: (handle) => `Copiar ${handle}`,
    copied: 'Nombre de usuario copiado',
    copyFailed: 'No se pudo copiar. El nombre de usuario está seleccionado: cópialo tú.',
    fields: 'Acerca de',
    links: 'Enlaces',
    verified: 'Verificado',
    verifiedOn: (date) => `Enlace verificado el ${date}`,
    counts: 'Actividad',
    followers: 'Seguidores',
    following: 'Siguiendo',
    posts: 'Publicaciones',
    followersCount: (count) =>
      plural(locale, count, {
        one: '{n} seguidor',
        many: '{n} de seguidores',
        other: '{n} seguidores',
      }),
    followingCount: (count) =>
      plural(locale, count, {
        one: 'Sigue a {n} cuenta',
        many: 'Sigue a {n} de cuentas',
        other: 'Sigue a {n} cuentas',
      }),
    postsCount: (count) =>
      plural(locale, count, {
        one: '{n} publicación',
        many: '{n} de publicaciones',
        other: '{n} publicaciones',
      }),
    bot: 'Cuenta automatizada',
    locked: 'Aprueba a sus seguidores',
    joined: (date) => `Se unió en ${date}`,
    follow: 'Seguir',
    suspended: 'Esta cuenta ha sido suspendida.',
    suspendedDetail: 'Su perfil y sus publicaciones ya no están disponibles.',
    empty: 'Este perfil todavía no tiene nada que mostrar.',
    viewProfile: 'Ver perfil',
    loading: 'Cargando perfil…',
    loadFailed: 'No se pudo cargar este perfil.',
    notFound: 'Esa cuenta no existe.',
    handleFailed: 'No se pudo encontrar ese nombre de usuario.',
  },
  composer: {
    label: 'Texto de la publicación',
    placeholder: '¿Qué estás pensando?',
    submit: 'Publicar',
    publishing: 'Publicando…',
    posted: 'Publicado.',
    viewPost: 'Ver publicación',
    addWarning: 'Añadir advertencia de contenido',
    warningLabel: 'Advertencia de contenido',
    warningPlaceholder: '¿De qué trata?',
    audience: 'Visibilidad',
    audiences: {
      public: 'Público',
      unlisted: 'Público discreto',
      private: 'Solo seguidores',
      direct: 'Solo personas mencionadas',
    },
    language: 'Idioma',
    shareTo: 'Compartir también en',
    addMedia: 'Añadir imágenes',
    dropHint: 'Suelta las imágenes aquí para añadirlas',
    mediaList: 'Imágenes adjuntas',
    altLabel: (position, name) =>
      `Descripción de la imagen ${formatNumber(position, locale)} (${name})`,
    altPlaceholder: 'Descríbela para quienes no pueden verla',
    removeMedia: (name) => `Quitar ${name}`,
    uploading: (name) => `Subiendo ${name}`,
    uploadFailed: (name) => `No se pudo subir ${name}.`,
    retryUpload: 'Volver a subir',
    waitForUploads: 'Espera a que terminen de subirse las imágenes.',
    altRequired: 'Describe todas las imágenes antes de publicar.',
    tooManyMedia: (max) =>
      plural(locale, max, {
        one: 'Puedes añadir como máximo {n} imagen.',
        other: 'Puedes añadir hasta {n} imágenes.',
      }),
    tooLarge: (name, size) =>
      `${name} es demasiado grande: las imágenes pueden ocupar hasta ${size}.`,
    wrongType: (name) => `${name} no es un tipo de imagen que este sitio acepte.`,
    charactersLeft: (count) =>
      plural(locale, count, { one: 'Queda {n} carácter', other: 'Quedan {n} caracteres' }),
    charactersOver: (count) =>
      plural(locale, count, {
        one: '{n} carácter por encima del límite',
        other: '{n} caracteres por encima del límite',
      }),
    charactersUsed: (count) =>
      plural(locale, count, { one: '{n} carácter', other: '{n} caracteres' }),
    bytesOver: (limit) =>
      `Demasiado largo para enviarlo: una publicación admite hasta ${formatNumber(limit, locale)} bytes.`,
    tooLong: (over) =>
      plural(locale, over, {
        one: 'Tu publicación tiene {n} carácter de más. Acórtala para publicarla.',
        other: 'Tu publicación tiene {n} caracteres de más. Acórtala para publicarla.',
      }),
    empty: 'Escribe algo antes de publicar.',
    offline: 'No tienes conexión. Puedes seguir escribiendo; no se pierde nada.',
    offlineQueued:
      'No tienes conexión. Tu publicación queda guardada y se enviará cuando vuelvas a estar en línea.',
    restored: 'Se recuperó tu borrador sin enviar.',
    draftNotSaved:
      'Este navegador no guarda borradores: mantén esta página abierta hasta que publiques.',
    errors: {
      invalid_request: 'El servidor no aceptó esta publicación.',
      insufficient_scope:
        'Tu sesión no permite publicar. Vuelve a iniciar sesión y concede permiso para publicar.',
      unauthorized:
        'No has iniciado sesión o tu sesión ha caducado. Inicia sesión y vuelve a intentarlo.',
      forbidden: 'No tienes permiso para publicar aquí.',
      'too-large': 'La publicación o una de sus imágenes es demasiado grande para el servidor.',
      'rate-limit':
        'Demasiadas publicaciones en poco tiempo. Espera un momento y vuelve a intentarlo.',
      server: 'El servidor tuvo un problema. Vuelve a intentarlo en un momento.',
      offline: 'No tienes conexión.',
      unexpected: 'El servidor respondió de una forma que este formulario no entiende.',
      config:
        'Este formulario no está configurado para publicar en ningún sitio. Avisa a la persona responsable del sitio web.',
    },
    maybePosted:
      'Puede que se haya publicado de todos modos: compruébalo antes de volver a intentarlo.',
    serverSaid: 'El servidor respondió:',
    kept: 'No se ha perdido nada de lo que escribiste.',
  },
});

export default es;
