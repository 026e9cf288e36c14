/**
 * Portuguese strings of every element, for `pt-BR` and `pt-PT` alike, loaded the first time an
 * element speaks Portuguese. The wording is Brazilian; plural rules follow the reader's region
 * (Brazil counts 0 as singular, Portugal does not).
 */
import { formatNumber, plural } from '../format.js';
import type { LocaleModule } from '../strings.js';

const pt: LocaleModule = (locale) => ({
  errors: {
    timeout: 'O servidor demorou muito para responder.',
    network: 'Não foi possível se conectar ao servidor.',
    http: 'O servidor respondeu com um erro.',
    httpStatus: (status) => `O servidor respondeu com o erro ${status}.`,
    rateLimit: 'O servidor está recebendo pedidos demais. Tente novamente mais tarde.',
    parse: 'O servidor enviou algo que esta página não consegue ler.',
    url: 'O endereço não é válido.',
    responseTooLarge: 'A resposta é grande demais para ser exibida.',
    other: 'Algo deu errado.',
    details: 'Detalhes',
    retry: 'Tentar novamente',
  },
  post: {
    avatarOf: (name) => `Avatar de ${name}`,
    showContent: 'Mostrar mais',
    hideContent: 'Mostrar menos',
    contentWarning: 'Aviso de conteúdo',
    edited: 'Editado',
    editedAt: (date) => `Editado em ${date}`,
    reposted: '{name} compartilhou',
    replyingTo: 'Em resposta a {name}',
    replyingToPost: 'Em resposta a uma publicação',
    pinned: 'Fixado',
    source: 'Fonte',
    sensitiveMedia: 'Mídia sensível',
    showMedia: 'Mostrar mídia',
    hideMedia: 'Ocultar mídia',
    altBadge: 'ALT',
    altBadgeLabel: 'descrição da imagem',
    noAltBadge: 'Sem ALT',
    imageWithoutAlt: 'Imagem sem descrição',
    openImage: 'ampliar',
    lightbox: 'Visualizador de imagens',
    close: 'Fechar',
    previousImage: 'Imagem anterior',
    nextImage: 'Próxima imagem',
    imageCounter: (index, total) => `${index} de ${total}`,
    video: 'Vídeo',
    audio: 'Áudio',
    playAnimation: 'Reproduzir animação',
    pauseAnimation: 'Pausar animação',
    watchOnSite: 'Ver o vídeo no site original',
    openAttachment: 'Abrir anexo',
    quotedPost: 'Publicação citada',
    poll: 'Resultados da enquete',
    voters: (count) =>
      plural(locale, count, {
        one: '{n} pessoa votou',
        many: '{n} de pessoas votaram',
        other: '{n} pessoas votaram',
      }),
    votes: (count) =>
      plural(locale, count, { one: '{n} voto', many: '{n} de votos', other: '{n} votos' }),
    pollClosed: 'Resultado final',
    pollEnds: (when) => `Termina ${when}`,
    counts: 'Reações',
    replies: (count) =>
      plural(locale, count, {
        one: '{n} resposta',
        many: '{n} de respostas',
        other: '{n} respostas',
      }),
    reposts: (count) =>
      plural(locale, count, {
        one: '{n} compartilhamento',
        many: '{n} de compartilhamentos',
        other: '{n} compartilhamentos',
      }),
    likes: (count) =>
      plural(locale, count, { one: '{n} curtida', many: '{n} de curtidas', other: '{n} curtidas' }),
    loading: 'Carregando publicação…',
    loadFailed: 'Não foi possível carregar esta publicação.',
    noPost: 'O documento não contém nenhuma publicação.',
  },
  feed: {
    feed: 'Publicações',
    loading: 'Carregando publicações…',
    loadMore: 'Carregar mais publicações',
    loadingMore: 'Carregando…',
    morePostsLoaded: (count) =>
      plural(locale, count, {
        one: 'Mais {n} publicação carregada',
        other: 'Mais {n} publicações carregadas',
      }),
    noMorePosts: 'Não há mais publicações.',
    showNewPosts: (count) =>
      plural(locale, count, {
        one: 'Mostrar {n} nova publicação',
        other: 'Mostrar {n} novas publicações',
      }),
    newPostsAvailable: (count) =>
      plural(locale, count, {
        one: '{n} nova publicação disponível',
        other: '{n} novas publicações disponíveis',
      }),
    postInserted: 'Nova publicação adicionada no topo',
    empty: 'Ainda não há publicações.',
    noMatches: 'Nenhuma publicação corresponde aos filtros.',
    endOfFeed: 'Fim das publicações',
    skipFeed: 'Pular as publicações',
    sources: 'Fontes',
    postLabel: (author, time) => `${author}, ${time}`,
    sourceFailed: (source) => `Não foi possível carregar ${source}.`,
  },
  'profile-card': {
    avatarOf: (name) => `Avatar de ${name}`,
    profileOf: (name) => `Perfil de ${name}`,
    copyHandle: (handle) => `Copiar ${handle}`,
    copied: 'Nome de usuário copiado',
    copyFailed: 'Não foi possível copiar. O nome de usuário está selecionado: copie-o manualmente.',
    fields: 'Sobre',
    links: 'Links',
    verified: 'Verificado',
    verifiedOn: (date) => `Link verificado em ${date}`,
    counts: 'Atividade',
    followers: 'Seguidores',
    following: 'Seguindo',
    posts: 'Publicações',
    followersCount: (count) =>
      plural(locale, count, {
        one: '{n} seguidor',
        many: '{n} de seguidores',
        other: '{n} seguidores',
      }),
    followingCount: (count) =>
      plural(locale, count, {
        one: 'Segue {n} conta',
        many: 'Segue {n} de contas',
        other: 'Segue {n} contas',
      }),
    postsCount: (count) =>
      plural(locale, count, {
        one: '{n} publicação',
        many: '{n} de publicações',
        other: '{n} publicações',
      }),
    bot: 'Conta automatizada',
    locked: 'Aprova seguidores',
    joined: (date) => `Entrou em ${date}`,
    follow: 'Seguir',
    suspended: 'Esta conta foi suspensa.',
    suspendedDetail: 'O perfil e as publicações dela não estão mais disponíveis.',
    empty: 'Este perfil ainda não tem nada para mostrar.',
    viewProfile: 'Ver perfil',
    loading: 'Carregando perfil…',
    loadFailed: 'Não foi possível carregar este perfil.',
    notFound: 'Essa conta não existe.',
    handleFailed: 'Não foi possível encontrar esse nome de usuário.',
  },
  composer: {
    label: 'Texto da publicação',
    placeholder: 'No que você está pensando?',
    submit: 'Publicar',
    publishing: 'Publicando…',
    posted: 'Publicado.',
    viewPost: 'Ver publicação',
    addWarning: 'Adicionar aviso de conteúdo',
    warningLabel: 'Aviso de conteúdo',
    warningPlaceholder: 'Sobre o que é?',
    audience: 'Visibilidade',
    audiences: {
      public: 'Público',
      unlisted: 'Público discreto',
      private: 'Só seguidores',
      direct: 'Só pessoas mencionadas',
    },
    language: 'Idioma',
    shareTo: 'Compartilhar também em',
    addMedia: 'Adicionar imagens',
    dropHint: 'Solte as imagens aqui para adicioná-las',
    mediaList: 'Imagens anexadas',
    altLabel: (position, name) => `Descrição da imagem ${formatNumber(position, locale)} (${name})`,
    altPlaceholder: 'Descreva-a para quem não pode vê-la',
    removeMedia: (name) => `Remover ${name}`,
    uploading: (name) => `Enviando ${name}`,
    uploadFailed: (name) => `Não foi possível enviar ${name}.`,
    retryUpload: 'Enviar novamente',
    waitForUploads: 'Aguarde até o envio das imagens terminar.',
    altRequired: 'Descreva todas as imagens antes de publicar.',
    tooManyMedia: (max) =>
      plural(locale, max, {
        one: 'Você pode adicionar no máximo {n} imagem.',
        other: 'Você pode adicionar até {n} imagens.',
      }),
    tooLarge: (name, size) => `${name} é grande demais: as imagens podem ter até ${size}.`,
    wrongType: (name) => `${name} não é um tipo de imagem aceito por este site.`,
    charactersLeft: (count) =>
      plural(locale, count, { one: 'Resta {n} caractere', other: 'Restam {n} caracteres' }),
    charactersOver: (count) =>
      plural(locale, count, {
        one: '{n} caractere acima do limite',
        other: '{n} caracteres acima do limite',
      }),
    charactersUsed: (count) =>
      plural(locale, count, { one: '{n} caractere', other: '{n} caracteres' }),
    bytesOver: (limit) =>
      `Longa demais para enviar: uma publicação pode ter até ${formatNumber(limit, locale)} bytes.`,
    tooLong: (over) =>
      plural(locale, over, {
        one: 'Sua publicação passou {n} caractere do limite. Encurte-a para publicar.',
        other: 'Sua publicação passou {n} caracteres do limite. Encurte-a para publicar.',
      }),
    empty: 'Escreva algo antes de publicar.',
    offline: 'Você está offline. Pode continuar escrevendo; nada será perdido.',
    offlineQueued:
      'Você está offline. Sua publicação foi guardada e será enviada quando você voltar a ficar online.',
    restored: 'Seu rascunho não enviado foi restaurado.',
    draftNotSaved: 'Este navegador não guarda rascunhos: mantenha esta página aberta até publicar.',
    errors: {
      invalid_request: 'O servidor não aceitou esta publicação.',
      insufficient_scope: 'Seu login não permite publicar. Entre novamente e permita a publicação.',
      unauthorized: 'Você não está conectado ou sua sessão expirou. Entre e tente novamente.',
      forbidden: 'Você não tem permissão para publicar aqui.',
      'too-large': 'A publicação ou uma das imagens é grande demais para o servidor.',
      'rate-limit': 'Muitas publicações em pouco tempo. Aguarde um momento e tente novamente.',
      server: 'O servidor teve um problema. Tente novamente daqui a pouco.',
      offline: 'Você está offline.',
      unexpected: 'O servidor respondeu de um jeito que este formulário não entende.',
      config:
        'Este formulário não está configurado para publicar em lugar nenhum. Avise o responsável pelo site.',
    },
    maybePosted: 'Talvez tenha sido publicada mesmo assim: confira antes de tentar novamente.',
    serverSaid: 'O servidor respondeu:',
    kept: 'Nada do que você escreveu foi perdido.',
  },
});

export default pt;
