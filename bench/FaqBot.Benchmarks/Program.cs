// Benchmarks: `dotnet run -c Release --project bench/FaqBot.Benchmarks -- <name> [options]`.
// Each benchmark is a class in its own file registered in BenchmarkCatalog; results go to docs/BENCHMARKS.md by hand.
return await FaqBot.Benchmarks.BenchmarkCatalog.RunAsync(args);
