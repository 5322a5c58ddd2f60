using System.Diagnostics;

namespace Reintegra.Reception.Bench.Reporting;

internal static class Git
{
    /// <summary>The commit the run measured, with a mark when the working tree had changes; "unknown" outside a clone.</summary>
    public static string Head()
    {
        try
        {
            var head = Run("rev-parse --short HEAD").Trim();
            var dirty = Run("status --porcelain --untracked-files=no").Length > 0;
            return head.Length == 0 ? "unknown" : dirty ? head + " (with uncommitted changes in the tree)" : head;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private static string Run(string arguments)
    {
        using var git = Process.Start(new ProcessStartInfo("git", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        }) ?? throw new InvalidOperationException("git did not start");
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return git.ExitCode == 0 ? output : "";
    }
}
