module infrakit-oneview/benchmarks

go 1.19
