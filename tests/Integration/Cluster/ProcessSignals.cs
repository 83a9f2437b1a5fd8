using System.Runtime.InteropServices;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>POSIX signals: .NET's Process.Kill only sends SIGKILL, while a pod is stopped with SIGTERM first.</summary>
internal static class ProcessSignals
{
    private const int SigTerm = 15;

    public static void Terminate(int processId)
    {
        if (Kill(processId, SigTerm) != 0) throw new InvalidOperationException($"kill -TERM {processId} failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
