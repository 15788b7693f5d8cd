module.exports = { basePath: '/portal' }
