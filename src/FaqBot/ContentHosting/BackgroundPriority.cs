using System.Runtime.InteropServices;

namespace FaqBot.ContentHosting;

/// <summary>Lowers the calling thread's CPU priority, so a content rebuild yields the cores to members' turns.
/// <see cref="Thread.Priority"/> does nothing on Linux (its default scheduler ignores it); the thread's nice value is
/// what the scheduler weighs, and raising it needs no privilege.</summary>
internal static class BackgroundPriority
{
    // Weighted about a tenth of a normal thread when the cores are busy, and still the whole core when they are idle.
    private const int Nice = 10;
    private const int PrioProcess = 0;

    /// <summary>Lowers the calling thread only (on Linux, setpriority with a thread id names that thread); elsewhere,
    /// the managed priority. Returns false when the system refused.</summary>
    public static bool LowerCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
            return true;
        }
        return SetPriority(PrioProcess, GetThreadId(), Nice) == 0;
    }

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetThreadId();
}
