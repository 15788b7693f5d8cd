export default { basePath: '/portal' }
