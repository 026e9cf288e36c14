/** French strings of every element, loaded the first time an element speaks French. */
import { formatNumber, plural } from '../format.js';
import type { LocaleModule } from '../strings.js';

// French puts a no-break space before ":" (\u00a0) and a narrow one before "?", "!" and ";"
// (\u202f). Its plural rules count 0 as "one" ("0 réponse"), and a million takes "de".
const fr: LocaleModule = (locale) => ({
  errors: {
    timeout: 'Le serveur a mis trop de temps à répondre.',
    network: 'Impossible de joindre le serveur.',
    http: 'Le serveur a répondu par une erreur.',
    httpStatus: (status) => `Le serveur a répondu par l’erreur ${status}.`,
    rateLimit: 'Le serveur reçoit trop de demandes. Réessayez plus tard.',
    parse: 'Le serveur a envoyé un contenu que cette page ne sait pas lire.',
    url: 'L’adresse n’est pas valide.',
    responseTooLarge: 'La réponse est trop volumineuse pour être affichée.',
    other: 'Une erreur s’est produite.',
    details: 'Détails',
    retry: 'Réessayer',
  },
  post: {
    avatarOf: (name) => `Avatar de ${name}`,
    showContent: 'Afficher plus',
    hideContent: 'Afficher moins',
    contentWarning: 'Avertissement de contenu',
    edited: 'Modifié',
    editedAt: (date) => `Modifié le ${date}`,
    reposted: '{name} a partagé',
    replyingTo: 'En réponse à {name}',
    replyingToPost: 'En réponse à une publication',
    pinned: 'Épinglé',
    source: 'Source',
    sensitiveMedia: 'Média sensible',
    showMedia: 'Afficher les médias',
    hideMedia: 'Masquer les médias',
    altBadge: 'ALT',
    altBadgeLabel: 'description de l’image',
    noAltBadge: 'Sans ALT',
    imageWithoutAlt: 'Image sans description',
    openImage: 'agrandir',
    lightbox: 'Visionneuse d’images',
    close: 'Fermer',
    previousImage: 'Image précédente',
    nextImage: 'Image suivante',
    imageCounter: (index, total) => `${index} sur ${total}`,
    video: 'Vidéo',
    audio: 'Audio',
    playAnimation: 'Lire l’animation',
    pauseAnimation: 'Mettre l’animation en pause',
    watchOnSite: 'Voir la vidéo sur le site d’origine',
    openAttachment: 'Ouvrir la pièce jointe',
    quotedPost: 'Publication citée',
    poll: 'Résultats du sondage',
    voters: (count) =>
      plural(locale, count, {
        one: '{n} personne a voté',
        many: '{n} de personnes ont voté',
        other: '{n} personnes ont voté',
      }),
    votes: (count) =>
      plural(locale, count, { one: '{n} vote', many: '{n} de votes', other: '{n} votes' }),
    pollClosed: 'Résultats définitifs',
    pollEnds: (when) => `Se termine ${when}`,
    counts: 'Réactions',
    replies: (count) =>
      plural(locale, count, { one: '{n} réponse', many: '{n} de réponses', other: '{n} réponses' }),
    reposts: (count) =>
      plural(locale, count, { one: '{n} partage', many: '{n} de partages', other: '{n} partages' }),
    likes: (count) =>
      plural(locale, count, { one: '{n} j’aime', many: '{n} de j’aime', other: '{n} j’aime' }),
    loading: 'Chargement de la publication…',
    loadFailed: 'Impossible de charger cette publication.',
    noPost: 'Le document ne contient aucune publication.',
  },
  feed: {
    feed: 'Publications',
    loading: 'Chargement des publications…',
    loadMore: 'Charger plus de publications',
    loadingMore: 'Chargement…',
    morePostsLoaded: (count) =>
      plural(locale, count, {
        one: '{n} publication supplémentaire chargée',
        other: '{n} publications supplémentaires chargées',
      }),
    noMorePosts: 'Il n’y a pas d’autres publications.',
    showNewPosts: (count) =>
      plural(locale, count, {
        one: 'Afficher {n} nouvelle publication',
        other: 'Afficher {n} nouvelles publications',
      }),
    newPostsAvailable: (count) =>
      plural(locale, count, {
        one: '{n} nouvelle publication disponible',
        other: '{n} nouvelles publications disponibles',
      }),
    postInserted: 'Nouvelle publication ajoutée en haut',
    empty: 'Aucune publication pour l’instant.',
    noMatches: 'Aucune publication ne correspond aux filtres.',
    endOfFeed: 'Fin du fil',
    skipFeed: 'Passer le fil',
    sources: 'Sources',
    postLabel: (author, time) => `${author}, ${time}`,
    sourceFailed: (source) => `Impossible de charger ${source}.`,
  },
  'profile-card': {
    avatarOf: (name) => `Avatar de ${name}`,
    profileOf: (name) => `Profil de ${name}`,
    copyHandle: (handle) => `Copier ${handle}`,
    copied: 'Identifiant copié',
    copyFailed: 'Copie impossible. L’identifiant est sélectionné\u00a0: copiez-le vous-même.',
    fields: 'À propos',
    links: 'Liens',
    verified: 'Vérifié',
    verifiedOn: (date) => `Lien vérifié le ${date}`,
    counts: 'Activité',
    followers: 'Abonnés',
    following: 'Abonnements',
    posts: 'Publications',
    followersCount: (count) =>
      plural(locale, count, { one: '{n} abonné', many: '{n} d’abonnés', other: '{n} abonnés' }),
    followingCount: (count) =>
      plural(locale, count, {
        one: '{n} abonnement',
        many: '{n} d’abonnements',
        other: '{n} abonnements',
      }),
    postsCount: (count) =>
      plural(locale, count, {
        one: '{n} publication',
        many: '{n} de publications',
        other: '{n} publications',
      }),
    bot: 'Automatisé',
    locked: 'Approuve ses abonnés',
    joined: (date) => `Membre depuis ${date}`,
    follow: 'Suivre',
    suspended: 'Ce compte a été suspendu.',
    suspendedDetail: 'Son profil et ses publications ne sont plus disponibles.',
    empty: 'Ce profil n’a encore rien à montrer.',
    viewProfile: 'Voir le profil',
    loading: 'Chargement du profil…',
    loadFailed: 'Impossible de charger ce profil.',
    notFound: 'Ce compte n’existe pas.',
    handleFailed: 'Impossible de trouver cet identifiant.',
  },
  composer: {
    label: 'Texte de la publication',
    placeholder: 'Quoi de neuf\u202f?',
    submit: 'Publier',
    publishing: 'Publication…',
    posted: 'Publié.',
    viewPost: 'Voir la publication',
    addWarning: 'Ajouter un avertissement de contenu',
    warningLabel: 'Avertissement de contenu',
    warningPlaceholder: 'De quoi s’agit-il\u202f?',
    audience: 'Visibilité',
    audiences: {
      public: 'Public',
      unlisted: 'Public discret',
      private: 'Abonnés uniquement',
      direct: 'Personnes mentionnées uniquement',
    },
    language: 'Langue',
    shareTo: 'Partager aussi sur',
    addMedia: 'Ajouter des images',
    dropHint: 'Déposez des images pour les ajouter',
    mediaList: 'Images jointes',
    altLabel: (position, name) =>
      `Description de l’image ${formatNumber(position, locale)} (${name})`,
    altPlaceholder: 'Décrivez-la pour les personnes qui ne peuvent pas la voir',
    removeMedia: (name) => `Retirer ${name}`,
    uploading: (name) => `Envoi de ${name}`,
    uploadFailed: (name) => `Impossible d’envoyer ${name}.`,
    retryUpload: 'Renvoyer',
    waitForUploads: 'Attendez la fin de l’envoi des images.',
    altRequired: 'Décrivez chaque image avant de publier.',
    tooManyMedia: (max) =>
      plural(locale, max, {
        one: 'Vous pouvez ajouter {n} image au maximum.',
        other: 'Vous pouvez ajouter jusqu’à {n} images.',
      }),
    tooLarge: (name, size) =>
      `${name} est trop volumineux\u00a0: une image ne peut pas dépasser ${size}.`,
    wrongType: (name) => `${name} n’est pas un type d’image accepté par ce site.`,
    charactersLeft: (count) =>
      plural(locale, count, { one: '{n} caractère restant', other: '{n} caractères restants' }),
    charactersOver: (count) =>
      plural(locale, count, { one: '{n} caractère en trop', other: '{n} caractères en trop' }),
    charactersUsed: (count) =>
      plural(locale, count, { one: '{n} caractère', other: '{n} caractères' }),
    bytesOver: (limit) =>
      `Trop long pour être envoyé\u00a0: une publication ne peut pas dépasser ${formatNumber(limit, locale)} octets.`,
    tooLong: (over) =>
      plural(locale, over, {
        one: 'Votre publication dépasse la limite de {n} caractère. Raccourcissez-la pour publier.',
        other:
          'Votre publication dépasse la limite de {n} caractères. Raccourcissez-la pour publier.',
      }),
    empty: 'Écrivez quelque chose avant de publier.',
    offline: 'Vous êtes hors ligne. Vous pouvez continuer à écrire\u202f; rien n’est perdu.',
    offlineQueued:
      'Vous êtes hors ligne. Votre publication est conservée et partira dès le retour de la connexion.',
    restored: 'Votre brouillon non envoyé a été restauré.',
    draftNotSaved:
      'Ce navigateur ne conserve pas les brouillons\u00a0: gardez cette page ouverte jusqu’à la publication.',
    errors: {
      invalid_request: 'Le serveur n’a pas accepté cette publication.',
      insufficient_scope:
        'Votre connexion ne permet pas de publier. Reconnectez-vous en autorisant la publication.',
      unauthorized:
        'Vous n’êtes pas connecté ou votre session a expiré. Connectez-vous, puis réessayez.',
      forbidden: 'Vous n’êtes pas autorisé à publier ici.',
      'too-large': 'La publication ou l’une de ses images est trop volumineuse pour le serveur.',
      'rate-limit': 'Trop de publications en peu de temps. Patientez un instant, puis réessayez.',
      server: 'Le serveur a rencontré un problème. Réessayez dans un instant.',
      offline: 'Vous êtes hors ligne.',
      unexpected: 'Le serveur a répondu d’une manière que ce formulaire ne comprend pas.',
      config:
        'Ce formulaire n’est configuré pour publier nulle part. Merci de prévenir le responsable du site.',
    },
    maybePosted: 'Elle a peut-être quand même été publiée\u00a0: vérifiez avant de réessayer.',
    serverSaid: 'Réponse du serveur\u00a0:',
    kept: 'Rien de ce que vous avez écrit n’est perdu.',
  },
});

export default fr;
