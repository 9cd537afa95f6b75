namespace AntiCor.Cli;

/// <summary>The command line, read without a parsing library: one command, a file, a few switches.</summary>
internal sealed class CliOptions
{
    public string Command { get; private set; } = "help";
    public string? File { get; private set; }
    public bool Json { get; private set; }
    public bool DryRun { get; private set; }
    public string? Error { get; private set; }
    public Dictionary<string, string?> Settings { get; } = [];

    public static CliOptions Parse(string[] args)
    {
        var o = new CliOptions();
        var positional = new List<string>();
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
                case "--provider" or "--connection" or "--data-folder" when i + 1 < args.Length:
                    var key = args[i] switch
                    {
                        "--provider" => "Database:Provider",
                        "--connection" => "ConnectionStrings:AntiCor",
                        _ => "Data:Folder",
                    };
                    o.Settings[key] = args[++i];
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
        else if (o.Command is not ("migrate" or "help"))
        {
            o.Error = $"Невідома команда: {o.Command}";
        }

        return o;
    }
}
