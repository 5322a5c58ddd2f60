using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Reintegra.Tests.Foundation;

/// <summary>Spanish first, English complete: every string exists in both languages and every key the code uses exists.</summary>
public partial class LocalisationTests
{
    private static readonly string Web = Path.Combine(RepositoryRoot(), "src", "Reintegra.Web");

    public static TheoryData<string> ResourceFiles => new(Directory.GetFiles(Web, "*.resx", SearchOption.AllDirectories)
        .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal)).Select(f => Path.GetRelativePath(Web, f)));

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_spanish_string_has_an_english_one_and_none_is_empty(string spanishFile)
    {
        var es = Keys(Path.Combine(Web, spanishFile));
        var en = Keys(Path.Combine(Web, spanishFile.Replace(".resx", ".en.resx", StringComparison.Ordinal)));
        Assert.Empty(es.Keys.Except(en.Keys));
        Assert.Empty(en.Keys.Except(es.Keys));
        Assert.Empty(es.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
        Assert.Empty(en.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
    }

    [Fact]
    public void Every_key_the_code_asks_for_exists()
    {
        var known = Directory.GetFiles(Web, "*.resx", SearchOption.AllDirectories).SelectMany(f => Keys(f).Keys).ToHashSet();
        var missing = new List<string>();
        foreach (var file in Directory.GetFiles(Web, "*.cs*", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/") && !f.Contains("/bin/") && !f.Contains("/Migrations/")))
        {
            var code = File.ReadAllText(file);
            foreach (Match m in LocalizerKey().Matches(code))
            {
                if (!known.Contains(m.Groups[1].Value))
                {
                    missing.Add($"{Path.GetFileName(file)}: {m.Groups[1].Value}");
                }
            }
            foreach (Match m in DomainCode().Matches(code))
            {
                if (!known.Contains("Domain." + m.Groups[1].Value))
                {
                    missing.Add($"{Path.GetFileName(file)}: Domain.{m.Groups[1].Value}");
                }
            }
            foreach (Match m in CheckMessage().Matches(code))
            {
                if (!known.Contains(m.Groups[1].Value))
                {
                    missing.Add($"{Path.GetFileName(file)}: {m.Groups[1].Value}");
                }
            }
        }
        Assert.Empty(missing);
    }

    private static Dictionary<string, string> Keys(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Reintegra.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }

    [GeneratedRegex("""\b(?:S|R|P|A|text|Shared|T)\["([A-Za-z][A-Za-z0-9_.]+)"[,\]]""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex("""new DomainException\("([A-Za-z0-9_.]+)"[,)]""")]
    private static partial Regex DomainCode();

    [GeneratedRegex("""(?:checks|Checks)\.Add\([^,]+, "([A-Za-z0-9_.]+)"[,)]""")]
    private static partial Regex CheckMessage();
}
