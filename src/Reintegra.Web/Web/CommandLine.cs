namespace Reintegra.Web.Web;

/// <summary>
/// Friendly switches for the run command, mapped onto configuration keys:
/// <c>--demo</c>, <c>--admin-email</c>, <c>--admin-password</c>, <c>--country</c>, <c>--postgres "&lt;connection string&gt;"</c>,
/// and the verb <c>migrate</c> (apply migrations and exit).
/// </summary>
public static class CommandLine
{
    private static readonly Dictionary<string, string> Switches = new(StringComparer.OrdinalIgnoreCase)
    {
        ["--admin-email"] = "--Admin:Email",
        ["--admin-password"] = "--Admin:Password",
        ["--admin-name"] = "--Admin:FullName",
        ["--country"] = "--Admin:Country",
        ["--institution"] = "--Admin:Institution",
        ["--postgres"] = "--ConnectionStrings:Reintegra",
    };

    public static string[] Normalize(string[] args)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.Equals("--demo", StringComparison.OrdinalIgnoreCase))
            {
                result.Add("--Demo:Enabled=true");
            }
            else if (arg.Equals("migrate", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            else if (Switches.TryGetValue(arg, out var key))
            {
                if (arg.Equals("--postgres", StringComparison.OrdinalIgnoreCase))
                {
                    result.Add("--Database:Provider=postgres");
                }
                result.Add(key);
            }
            else
            {
                result.Add(arg);
            }
        }
        return [.. result];
    }

    public static bool IsMigrateOnly(string[] args) => args.Any(a => a.Equals("migrate", StringComparison.OrdinalIgnoreCase));
}
