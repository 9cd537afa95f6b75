using AntiCor.Core.Documents.Export;

namespace AntiCor.Cli;

/// <summary>The command line, read without a parsing library: one command, a file, a few switches.</summary>
internal sealed partial class CliOptions
{
    public string Command { get; private set; } = "help";
    /// <summary>The document to import, or for export the stored programme's id or a document path.</summary>
    public string? File { get; private set; }
    public ExportFormat? Format { get; private set; }
    public string? Output { get; private set; }
    public bool Json { get; private set; }
    public bool DryRun { get; private set; }

    /// <summary>Import straight to the public (--publish); without it the programme is a draft for staff.</summary>
    public bool Publish { get; private set; }

    /// <summary>
    /// Import links an executor name not among the units to the unit suggested for it, keeping the
    /// name as its alias (--use-suggestions); without it such a name becomes a new unit, with a warning.
    /// </summary>
    public bool UseSuggestions { get; private set; }

    /// <summary>For a workbook, the sheet to import (--sheet); null for the first that holds a table.</summary>
    public string? Sheet { get; private set; }
    public string? Error { get; private set; }

    /// <summary>The report command's period key as written (--period 2020Q1|2020H1|2020); checked by the command.</summary>
    public string? Period { get; private set; }
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The organisation a command works on (--org SLUG).</summary>
    public string? Org { get; private set; }

    /// <summary>Named values of the organisation and user commands: --code, --slug, --kind, --parent, --email.</summary>
    public Dictionary<string, string> Named { get; } = [];

    /// <summary>Words after the command (e.g. "add", the organisation's name).</summary>
    public List<string> Arguments { get; } = [];

    public static CliOptions Parse(string[] args)
    {
        var o = new CliOptions();
        var positional = new List<string>();
        string? format = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    o.Json = true;
                    break;
                case "--dry-run":
                    o.DryRun = true;
                    break;
                case "--publish":
                    o.Publish = true;
                    break;
                case "--use-suggestions":
                    o.UseSuggestions = true;
                    break;
                case "--provider" or "--connection" or "--data-folder" when i + 1 < args.Length:
                    var key = args[i] switch
                    {
                        "--provider" => "Database:Provider",
                        "--connection" => "ConnectionStrings:AntiCor",
                        _ => "Data:Folder",
                    };
                    o.Settings[key] = args[++i];
                    break;
                case "--format" when i + 1 < args.Length:
                    format = args[++i];
                    break;
                case "-o" or "--output" when i + 1 < args.Length:
                    o.Output = args[++i];
                    break;
                case "--checkpoint" when i + 1 < args.Length:
                    o.CheckpointFile = args[++i];
                    break;
                case "--period" when i + 1 < args.Length:
                    o.Period = args[++i];
                    break;
                case "--sheet" when i + 1 < args.Length:
                    o.Sheet = args[++i];
                    break;
                case "--format" or "-o" or "--output" or "--checkpoint" or "--sheet" or "--period":
                    o.Error = $"Параметру {args[i]} потрібне значення.";
                    return o;
                case "--org" when i + 1 < args.Length:
                    o.Org = args[++i];
                    break;
                case "--code" or "--slug" or "--kind" or "--parent" or "--email" when i + 1 < args.Length:
                    o.Named[args[i][2..]] = args[++i];
                    break;
                case "--role" or "--unit" when i + 1 < args.Length:
                    positional.Add(args[i]);
                    positional.Add(args[++i]);
                    break;
                case "-h" or "--help":
                    o.Command = "help";
                    return o;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    o.Error = $"Невідомий параметр: {a}";
                    return o;
                default:
                    positional.Add(args[i]);
                    break;
            }
        }

        if (positional.Count > 0)
        {
            o.Command = positional[0];
            o.Arguments.AddRange(positional.Skip(1));
        }

        if (o.Command == "import")
        {
            if (positional.Count != 2)
            {
                o.Error = "Команді import потрібен рівно один файл.";
            }
            else
            {
                o.File = positional[1];
            }
        }
        else if (o.Command == "export")
        {
            o.Error = positional.Count != 2 ? "Команді export потрібна рівно одна програма: її ідентифікатор або файл документа." : ReadFormat(o, format);
            o.File = positional.Count == 2 ? positional[1] : null;
        }
        else if (o.Command == "report")
        {
            o.Error = positional.Count != 2 ? "Команді report потрібна рівно одна програма: її ідентифікатор." : ReadFormat(o, format);
            o.Error ??= o.Format is ExportFormat.Docx or ExportFormat.Xlsx ? null : "Зведений звіт формується у форматі docx або xlsx.";
            o.Error ??= o.Period is null ? "Команді report потрібен період: --period 2020Q1 (квартал), 2020H1 (півріччя) або 2020 (рік)." : null;
            o.File = positional.Count == 2 ? positional[1] : null;
        }
        else if (o.Command == "audit")
        {
            o.Error = o.ReadAudit(positional);
        }
        else if (o.Command is "archive" or "backup" or "restore")
        {
            o.Error = o.ReadArchive(positional);
        }
        else if (o.Command is not ("migrate" or "help" or "users" or "orgs"))
        {
            o.Error = $"Невідома команда: {o.Command}";
        }

        return o;
    }

    /// <summary>The export format from --format, else from the output file's extension; an error text or null.</summary>
    private static string? ReadFormat(CliOptions o, string? format)
    {
        var text = format ?? (o.Output is null ? null : Path.GetExtension(o.Output));
        if (string.IsNullOrEmpty(text))
        {
            return "Команді export потрібен формат: --format docx|xlsx|csv|json.";
        }

        if (!ProgrammeExport.TryParse(text, out var parsed))
        {
            return $"Невідомий формат експорту: {text}. Можливі: {string.Join(", ", ProgrammeExport.Formats.Select(ProgrammeExport.Name))}.";
        }

        o.Format = parsed;
        return null;
    }
}
