package pk

var pk = "pk_test_" + "Zm9vLWJhci0xMy5jbGVyay5hY2NvdW50cy5kZXYk" // want `clerk publishable key`
