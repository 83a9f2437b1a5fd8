using System.Runtime.InteropServices;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>POSIX signals: .NET's Process.Kill only sends SIGKILL, while a pod is stopped with SIGTERM first.</summary>
internal static class ProcessSignals
{
    private const int SigTerm = 15;
    private const int SigStop = 19;
    private const int SigCont = 18;

    public static void Terminate(int processId) => Send(processId, SigTerm, "TERM");

    /// <summary>Freezes the process: its sockets stay open, and it neither reads nor reconnects until <see cref="Continue"/>.</summary>
    public static void Stop(int processId) => Send(processId, SigStop, "STOP");

    public static void Continue(int processId) => Send(processId, SigCont, "CONT");

    private static void Send(int processId, int signal, string name)
    {
        if (Kill(processId, signal) != 0) throw new InvalidOperationException($"kill -{name} {processId} failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
