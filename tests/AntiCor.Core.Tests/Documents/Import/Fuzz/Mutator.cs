using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Import.Fuzz;

/// <summary>One mutated document: what it came from, what was done to it, and the name it is offered under.</summary>
internal sealed record FuzzInput(string Seed, string Mutation, string FileName, byte[] Bytes)
{
    public override string ToString() => $"{Seed} → {Mutation} as «{FileName}» ({Bytes.Length} bytes)";
}

/// <summary>
/// Mutations at every level a hostile or broken file differs from a good one: bytes (flips,
/// cuts, repeats, splices), lines and table cells, text encodings, HTML tags and nesting, and
/// inside DOCX/XLSX packages the XML of a part, its attributes (spans, merges, cell references,
/// shared-string indexes), and the entries themselves. Deterministic for a given random seed, so
/// a failing input can be made again from CsCheck's seed and is also written out whole.
/// </summary>
internal static partial class Mutator
{
    private static readonly string[] Tokens =
    [
        "\t", "\n", "\r\n", "\r", "\0", "\uFEFF", "\u202E", "\u00A0", "\u2028", "\uFFFD", "�", "1.", "1.1", "99.99.", "0.0", "1.1.1.1.1", "I.", "Напрям 1.",
        "до 25 числа", "щокварталу", "щороку до 1 грудня", "2019-2020 роки", "31.02.2020", "00.00.0000", "29.02.2021", "від 12.08.2019 № 98",
        "РОЗПОРЯДЖЕННЯ", "Додаток", "ЗАХОДИ", "№ з/п", "Найменування заходу", "Термін виконання", "Виконавці", "(за згодою)",
        "Відділ кадрової роботи", ";", ",", "|", "\"", "'", "=1+2", "@SUM(A1)", "-", "—", "99999999999999999999", "-1", "0",
        "І квартал", "IV квартал 2020 року", "постійно", "протягом року", "<", ">", "&amp;", "&#0;", "&#xD800;", "&nosuch;",
        "<p>", "</p>", "<table>", "</table>", "<tr>", "<td>", "</td>", "<br>", "<!--", "-->", "<![CDATA[", "<script>", "<?xml?>",
    ];

    private static readonly string[] HtmlTokens =
    [
        "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<td colspan=\"99999\">", "<td rowspan=\"99999\">", "<td colspan=\"-1\">",
        "<td rowspan=\"0\">", "<td colspan=\"abc\">", "<thead>", "<tbody>", "<caption>", "<p>", "</p>", "<br>", "<ol>", "<li>", "<!--", "<![CDATA[x]]>",
        "<script>while(true){}</script>", "<style>td{}</style>", "<svg><table><tr><td>", "<template><table>", "<math>", "&nbsp;", "&#1;",
    ];

    private static readonly string[] AttributeValues =
    [
        "-1", "0", "1", "2", "99999", "2147483647", "2147483648", "-2147483649", "999999999999", "1e9", "NaN", "", " ", "abc",
        "XFD1048576", "A0", "A1048577", "ZZZZ1", "A1:XFD1048576", "restart", "continue", "s", "inlineStr", "b", "e", "str", "n", "true", "false",
    ];

    private static readonly Encoding[] Encodings = MakeEncodings();

    public static FuzzInput Mutate(IReadOnlyList<FuzzSeed> seeds, int seedIndex, int strategy, int randomSeed)
    {
        var seed = seeds[seedIndex % seeds.Count];
        var random = new Random(randomSeed);
        var (mutation, bytes) = (seed.Kind, strategy % 4) switch
        {
            (_, 0) => Bytes(seed.Bytes, seeds, random),
            (SeedKind.Zip, 1 or 2) => Package(seed.Bytes, random),
            (SeedKind.Html, 1) => Html(seed.Bytes, random),
            (_, 1 or 2) => Text(seed.Bytes, random),
            _ => Encode(seed.Bytes, seed.Kind, random),
        };
        return new FuzzInput(seed.Name, mutation, FileName(seed, random), bytes);
    }

    private static string FileName(FuzzSeed seed, Random random) => random.Next(8) switch
    {
        0 => "документ",
        1 => "a.txt",
        2 => "a.docx",
        3 => "a.html",
        4 => "a.xlsx",
        _ => seed.Name,
    };

    // ---------------------------------------------------------------- bytes
    private static (string, byte[]) Bytes(byte[] original, IReadOnlyList<FuzzSeed> seeds, Random random)
    {
        var b = new List<byte>(original);
        var steps = 1 + random.Next(4);
        var done = new List<string>();
        for (var i = 0; i < steps && b.Count > 0; i++)
        {
            var at = random.Next(b.Count);
            switch (random.Next(7))
            {
                case 0:
                    b[at] ^= (byte)(1 << random.Next(8));
                    done.Add($"flip@{at}");
                    break;
                case 1:
                    b[at] = (byte)"\0\xff\t\n\r<>\x80\xd0\xd1\"&"[random.Next(12)];
                    done.Add($"byte@{at}");
                    break;
                case 2:
                    var cut = Math.Min(b.Count - at, 1 + random.Next(1 + (b.Count / 8)));
                    b.RemoveRange(at, cut);
                    done.Add($"delete@{at}+{cut}");
                    break;
                case 3:
                    var length = Math.Min(b.Count - at, 1 + random.Next(4096));
                    var times = 1 + random.Next(8);
                    var range = b.GetRange(at, length);
                    for (var t = 0; t < times; t++)
                    {
                        b.InsertRange(at, range);
                    }

                    done.Add($"repeat@{at}+{length}x{times}");
                    break;
                case 4:
                    b.RemoveRange(at, b.Count - at);
                    done.Add($"truncate@{at}");
                    break;
                case 5:
                    var noise = new byte[1 + random.Next(64)];
                    random.NextBytes(noise);
                    b.InsertRange(at, noise);
                    done.Add($"noise@{at}+{noise.Length}");
                    break;
                default:
                    var other = seeds[random.Next(seeds.Count)].Bytes;
                    var from = random.Next(other.Length);
                    b.RemoveRange(at, b.Count - at);
                    b.AddRange(other.AsSpan(from).ToArray());
                    done.Add($"splice@{at}<-{from}");
                    break;
            }
        }

        return ("bytes " + string.Join(",", done), [.. b]);
    }

    // ---------------------------------------------------------------- lines and cells
    private static (string, byte[]) Text(byte[] original, Random random)
    {
        var (what, text) = TextOps(Decode(original), random);
        return ("text " + what, Encoding.UTF8.GetBytes(text));
    }

    private static (string, string) TextOps(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var steps = 1 + random.Next(6);
        var done = new List<string>();
        for (var i = 0; i < steps && lines.Count > 0; i++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(8))
            {
                case 0:
                    lines.RemoveAt(at);
                    done.Add($"drop-line@{at}");
                    break;
                case 1:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    done.Add($"dup-line@{at}");
                    break;
                case 2:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    done.Add($"swap-lines@{at},{other}");
                    break;
                case 3:
                    lines.Insert(at, Token(random));
                    done.Add($"token-line@{at}");
                    break;
                case 4:
                    var line = lines[at];
                    var pos = random.Next(line.Length + 1);
                    lines[at] = line[..pos] + Token(random) + line[pos..];
                    done.Add($"token@{at}:{pos}");
                    break;
                case 5:
                    lines[at] = Cells(lines[at], random, out var cellOp);
                    done.Add($"{cellOp}@{at}");
                    break;
                case 6:
                    var count = 1 + random.Next(Math.Min(40, lines.Count - at));
                    var block = lines.GetRange(at, count);
                    lines.InsertRange(random.Next(lines.Count), block);
                    done.Add($"move-block@{at}+{count}");
                    break;
                default:
                    lines[at] = new string(lines[at].Reverse().ToArray());
                    done.Add($"reverse-line@{at}");
                    break;
            }
        }

        return (string.Join(",", done), string.Join('\n', lines));
    }

    private static string Cells(string line, Random random, out string op)
    {
        var cells = line.Split('\t').ToList();
        var at = random.Next(cells.Count);
        switch (random.Next(5))
        {
            case 0:
                cells[at] = Token(random);
                op = "cell-token";
                break;
            case 1:
                cells.RemoveAt(at);
                op = "cell-drop";
                break;
            case 2:
                cells.Insert(at, "");
                op = "cell-empty";
                break;
            case 3:
                cells.AddRange(Enumerable.Repeat("x", 1 + random.Next(30)));
                op = "cell-many";
                break;
            default:
                cells[at] = new string('а', 1 + random.Next(20_000));
                op = "cell-long";
                break;
        }

        return string.Join('\t', cells);
    }

    // ---------------------------------------------------------------- encodings
    private static (string, byte[]) Encode(byte[] original, SeedKind kind, Random random)
    {
        if (kind == SeedKind.Zip)
        {
            return Bytes(original, [new FuzzSeed("self", kind, original)], random);
        }

        var text = Decode(original);
        var what = "as-is";
        if (random.Next(2) == 0)
        {
            (what, text) = TextOps(text, random);
        }

        var encoding = Encodings[random.Next(Encodings.Length)];
        var body = encoding.GetBytes(text);
        var bom = random.Next(3) == 0 ? encoding.GetPreamble() : [];
        return ($"encoding {encoding.WebName}{(bom.Length > 0 ? "+bom" : "")} {what}", [.. bom, .. body]);
    }

    // ---------------------------------------------------------------- HTML structure
    private static (string, byte[]) Html(byte[] original, Random random)
    {
        var html = Decode(original);
        var tags = TagPattern().Matches(html);
        var steps = 1 + random.Next(5);
        var done = new List<string>();
        for (var i = 0; i < steps; i++)
        {
            var tag = tags.Count == 0 ? null : tags[random.Next(tags.Count)];
            var at = tag?.Index ?? random.Next(html.Length + 1);
            if (at > html.Length)
            {
                at = html.Length;
            }

            switch (random.Next(5))
            {
                case 0 when tag is not null && tag.Index + tag.Length <= html.Length:
                    html = html.Remove(tag.Index, tag.Length);
                    done.Add($"drop-tag@{tag.Index}");
                    break;
                case 1 when tag is not null && tag.Index + tag.Length <= html.Length:
                    html = html.Insert(tag.Index, html.Substring(tag.Index, tag.Length));
                    done.Add($"dup-tag@{tag.Index}");
                    break;
                case 2:
                    var depth = 1 + random.Next(3000);
                    var open = HtmlTokens[random.Next(HtmlTokens.Length)];
                    html = html.Insert(at, string.Concat(Enumerable.Repeat(open, depth)));
                    done.Add($"nest@{at}x{depth}");
                    break;
                case 3:
                    html = AttributePattern().Replace(html, m => random.Next(6) == 0 ? $"{m.Groups[1].Value}=\"{AttributeValues[random.Next(AttributeValues.Length)]}\"" : m.Value);
                    done.Add("attributes");
                    break;
                default:
                    html = html.Insert(at, HtmlTokens[random.Next(HtmlTokens.Length)]);
                    done.Add($"html-token@{at}");
                    break;
            }
        }

        return ("html " + string.Join(",", done), Encoding.UTF8.GetBytes(html));
    }

    // ---------------------------------------------------------------- DOCX / XLSX packages
    private static (string, byte[]) Package(byte[] original, Random random)
    {
        List<(string Name, byte[] Content)> entries;
        using (var zip = new ZipArchive(new MemoryStream(original), ZipArchiveMode.Read))
        {
            entries = [.. zip.Entries.Select(e => (e.FullName, ReadAll(e)))];
        }

        var xml = entries.Select((e, i) => (e, i)).Where(x => x.e.Name.EndsWith(".xml", StringComparison.Ordinal) || x.e.Name.EndsWith(".rels", StringComparison.Ordinal)).Select(x => x.i).ToList();
        // The parts the readers parse are where structure matters most: pick them more often.
        var main = xml.Where(i => entries[i].Name is "word/document.xml" or "xl/sharedStrings.xml" or "xl/workbook.xml" || entries[i].Name.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList();
        var index = main.Count > 0 && random.Next(3) > 0 ? main[random.Next(main.Count)] : xml[random.Next(xml.Count)];
        var (name, content) = entries[index];
        string what;
        switch (random.Next(6))
        {
            case 0:
                entries.RemoveAt(index);
                what = $"drop {name}";
                break;
            case 1:
                entries.Add((name.ToUpperInvariant(), content));
                entries[index] = (name + ".bak", content);
                what = $"rename {name}";
                break;
            case 2:
                var (bytesWhat, mutated) = Bytes(content, [new FuzzSeed(name, SeedKind.Text, content)], random);
                entries[index] = (name, mutated);
                what = $"{name}: {bytesWhat}";
                break;
            case 3:
                var attributes = AttributePattern().Replace(Encoding.UTF8.GetString(content), m => random.Next(4) == 0 ? $"{m.Groups[1].Value}=\"{AttributeValues[random.Next(AttributeValues.Length)]}\"" : m.Value);
                entries[index] = (name, Encoding.UTF8.GetBytes(attributes));
                what = $"{name}: attributes";
                break;
            default:
                var (xmlWhat, text) = XmlOps(Encoding.UTF8.GetString(content), random);
                entries[index] = (name, Encoding.UTF8.GetBytes(text));
                what = $"{name}: {xmlWhat}";
                break;
        }

        var stored = random.Next(4) == 0;
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entryName, bytes) in entries)
            {
                using var stream = zip.CreateEntry(entryName, stored ? CompressionLevel.NoCompression : CompressionLevel.Fastest).Open();
                stream.Write(bytes);
            }
        }

        return ("package " + what, buffer.ToArray());
    }

    private static (string, string) XmlOps(string xml, Random random)
    {
        var tags = TagPattern().Matches(xml);
        if (tags.Count == 0)
        {
            return ("no-tags", xml);
        }

        var steps = 1 + random.Next(4);
        var done = new List<string>();
        for (var i = 0; i < steps; i++)
        {
            var tag = tags[random.Next(tags.Count)];
            if (tag.Index + tag.Length > xml.Length)
            {
                continue;
            }

            switch (random.Next(4))
            {
                case 0:
                    xml = xml.Remove(tag.Index, tag.Length);
                    done.Add($"drop-tag@{tag.Index}");
                    break;
                case 1:
                    var element = ElementAt(xml, tag);
                    var times = 1 + random.Next(50);
                    xml = xml.Insert(tag.Index, string.Concat(Enumerable.Repeat(element, times)));
                    done.Add($"dup-element@{tag.Index}x{times}");
                    break;
                case 2:
                    xml = xml.Insert(tag.Index + tag.Length, System.Security.SecurityElement.Escape(Token(random)));
                    done.Add($"text@{tag.Index}");
                    break;
                default:
                    var other = tags[random.Next(tags.Count)];
                    if (other.Index + other.Length <= xml.Length)
                    {
                        xml = xml.Insert(tag.Index, xml.Substring(other.Index, other.Length));
                    }

                    done.Add($"move-tag@{other.Index}->{tag.Index}");
                    break;
            }
        }

        return (string.Join(",", done), xml);
    }

    /// <summary>The element a start tag opens, up to its end tag when that is near; else the tag alone.</summary>
    private static string ElementAt(string xml, Match tag)
    {
        var nameMatch = Regex.Match(tag.Value, @"^<([\w:.-]+)");
        if (!nameMatch.Success || tag.Value.EndsWith("/>", StringComparison.Ordinal))
        {
            return tag.Value;
        }

        var close = xml.IndexOf($"</{nameMatch.Groups[1].Value}>", tag.Index, StringComparison.Ordinal);
        return close < 0 || close - tag.Index > 64 * 1024 ? tag.Value : xml[tag.Index..(close + nameMatch.Groups[1].Value.Length + 3)];
    }

    private static string Token(Random random) => Tokens[random.Next(Tokens.Length)];

    private static string Decode(byte[] bytes)
    {
        try
        {
            return TextDecoder.Decode(bytes);
        }
        catch (ImportException)
        {
            return Encoding.UTF8.GetString(bytes);
        }
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Encoding[] MakeEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return
        [
            new UTF8Encoding(true), Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, Encoding.GetEncoding(1251),
            Encoding.GetEncoding(20866), Encoding.GetEncoding(21866), Encoding.GetEncoding(866), Encoding.Latin1, Encoding.ASCII,
        ];
    }

    [GeneratedRegex("<[^<>]{1,2000}>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"([\w:]+)=""[^""]*""")]
    private static partial Regex AttributePattern();
}
