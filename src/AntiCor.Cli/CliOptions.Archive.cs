namespace AntiCor.Cli;

/// <summary>`anticor archive export|import`, `anticor backup`, `anticor restore`.</summary>
internal sealed partial class CliOptions
{
    /// <summary>export or import for `archive`; the command itself for backup and restore.</summary>
    public string? ArchiveAction { get; private set; }

    private string? ReadArchive(List<string> positional)
    {
        switch (Command)
        {
            case "archive" when positional.Count >= 2 && positional[1] == "export":
                ArchiveAction = "export";
                return positional.Count != 2 ? "Команді archive export не потрібні інші слова, лише -o FILE [--org SLUG]."
                    : Output is null ? "Команді archive export потрібен файл архіву: -o FILE." : null;
            case "archive" when positional.Count >= 2 && positional[1] == "import":
                ArchiveAction = "import";
                File = positional.Count == 3 ? positional[2] : null;
                return File is null ? "Команді archive import потрібен рівно один файл архіву." : Org is null ? null : "Параметр --org стосується лише archive export.";
            case "archive":
                return "Команді archive потрібна дія: export або import.";
            case "backup":
                ArchiveAction = "backup";
                return positional.Count != 1 || Output is null ? "Команді backup потрібен лише файл копії: -o FILE." : null;
            default:
                ArchiveAction = "restore";
                File = positional.Count == 2 ? positional[1] : null;
                return File is null ? "Команді restore потрібен рівно один файл резервної копії." : null;
        }
    }
}
