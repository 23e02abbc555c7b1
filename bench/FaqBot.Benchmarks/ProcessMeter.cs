using System.Diagnostics;
using System.Globalization;

namespace FaqBot.Benchmarks;

/// <summary>CPU time and resident memory of a child process, read from <c>/proc</c> (Linux), so a benchmark can say
/// how much CPU each process spent per unit of work on a shared machine, where wall times are noisy.</summary>
internal static class ProcessMeter
{
    // The kernel's USER_HZ; 100 on every Linux the benchmarks run on.
    private const double TicksPerSecond = 100;

    /// <summary>User + system CPU time the process has used so far (zero when it has exited).</summary>
    public static TimeSpan CpuTime(Process process)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{process.Id}/stat");
            // Fields after the command name (which may hold spaces) start at "state"; utime and stime are 12 and 13 past it.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>Resident set size in MB (NaN when it has exited).</summary>
    public static double RssMegabytes(Process process)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        return double.NaN;
    }

    /// <summary>The one-minute load average.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
