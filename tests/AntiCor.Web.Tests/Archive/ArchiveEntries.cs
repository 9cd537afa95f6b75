using System.IO.Compression;
using System.Text;

namespace AntiCor.Web.Tests.Archive;

/// <summary>What an archive holds, entry by entry (the manifest aside: it names its own time of writing).</summary>
public static class ArchiveEntries
{
    public static Dictionary<string, string> Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Where(e => e.FullName != "manifest.json").ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    /// <summary>Asserts two archives hold the same entries with the same bytes, naming the first table that differs.</summary>
    public static void AssertSame(string expectedPath, string actualPath)
    {
        var expected = Read(expectedPath);
        var actual = Read(actualPath);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (name, content) in expected)
        {
            if (content != actual[name])
            {
                var a = content.Split('\n');
                var b = actual[name].Split('\n');
                var line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i]);
                Assert.Fail($"{name} differs at line {line + 1}:\n  expected {a.ElementAtOrDefault(line)}\n  actual   {b.ElementAtOrDefault(line)}");
            }
        }
    }

    /// <summary>Rows of one table, one JSON object a line.</summary>
    public static string[] Rows(string path, string table) =>
        Read(path).TryGetValue($"tables/{table}.jsonl", out var text) ? text.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [];
}
