using Dudao.Bench;

return await ImportBenchmark.RunAsync(args);
