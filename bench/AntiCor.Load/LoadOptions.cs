using System.Globalization;

namespace AntiCor.Load;

/// <summary>The command line: a scenario, the store it runs on, and where the server runs.</summary>
internal sealed record LoadOptions(
    string Scenario, string Provider, string? PostgresAdmin, int Submitters, int Members, int Rounds, IReadOnlyList<int> ThinkMs,
    bool OwnProcess, int? ServerCpu, int FileBytes, int Kills, string? Folder = null, string? Connection = null, int WarmUp = LoadOptions.DefaultWarmUp)
{
    /// <summary>Untimed submissions before a rush is timed: enough for the runtime to have optimised the hot code.</summary>
    public const int DefaultWarmUp = 300;

    public const string Usage = """
        anticor-load board|rush|crash|pages [--provider Sqlite|Postgres] [--pg ADMIN-CONNECTION] [--submitters N] [--members N] [--rounds N] [--think-ms N[,N…]]
                                [--server inproc|process] [--server-cpu N] [--file-bytes N] [--kills N] [--warm-up N]
          board   the coordinator's period board of the seed programme with N executive bodies and N communal
                  enterprises added to its groups (--members, default 100: about 1,000 obligations a period),
                  requested --rounds times (default 200) after a warm-up: p50 / p95 / max
          rush    --submitters executors (default 50) sign in and submit their period's reports at once: p50 / p99 / max
                  of the submissions, errors, and the submissions found stored afterwards; --think-ms: each
                  submitter's pause before opening its next form (default 0: back to back, the capacity test);
                  a comma list runs one rush per pause, each on its own period, with one sign-in and one warm-up;
                  --file-bytes: each submission attaches a PDF of that size (default 0: none); --warm-up: untimed
                  submissions first, one after another, on the next period's obligations (default 300), so that
                  the server is measured as it runs on a deadline day, its code compiled, not as it starts
          crash   the rush against the app as a process of its own, killed with SIGKILL --kills times (default 3)
                  and started again, while its outbox sends 300 letters; then SIGTERM. Prints what was acknowledged,
                  found, lost, stored twice or half-written, whether the audit chains verify, and the letters' fate
          pages   on a store made by anticor-bench-data (--folder DIR, and --connection for PostgreSQL): the first
                  hromada's period board and programme overview (signed in as its coordinator), the public list
                  of organisations and the public programme page, --rounds times each: p50 / p95 / size
          --pg    PostgreSQL admin connection string (with --provider Postgres); a throwaway database is created on it
          --server  inproc (default): the app in this process; process: the app as a process of its own, started
                  on the store this process prepared; --server-cpu N pins that process to core N (taskset)
        """;

    public static LoadOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("board" or "rush" or "crash" or "pages"))
        {
            return null;
        }

        var values = new Dictionary<string, string>();
        for (var i = 1; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        string[] known = ["provider", "pg", "submitters", "members", "rounds", "think-ms", "server", "server-cpu", "file-bytes", "kills", "folder", "connection", "warm-up"];
        if (values.Keys.Except(known).Any())
        {
            return null;
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        IReadOnlyList<int> Numbers(string name) => values.TryGetValue(name, out var v)
            ? [.. v.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))]
            : [0];
        var provider = values.GetValueOrDefault("provider", "Sqlite");
        var pg = values.GetValueOrDefault("pg");
        var server = values.GetValueOrDefault("server", args[0] is "crash" or "pages" ? "process" : "inproc");
        var folder = values.GetValueOrDefault("folder");
        var connection = values.GetValueOrDefault("connection");
        int? cpu = values.ContainsKey("server-cpu") ? Number("server-cpu", 0) : null;
        var valid = provider is "Sqlite" or "Postgres"
            && (args[0] == "pages" ? folder is not null && (provider == "Sqlite" || connection is not null) : provider == "Sqlite" || pg is not null)
            && server is "inproc" or "process" && (cpu is null || server == "process") && (args[0] is not ("crash" or "pages") || server == "process");
        return valid
            ? new LoadOptions(args[0], provider, pg, Number("submitters", 50), Number("members", 100), Number("rounds", 200),
                Numbers("think-ms"), server == "process", cpu, Number("file-bytes", args[0] == "crash" ? 4096 : 0), Number("kills", 3),
                folder is null ? null : Path.GetFullPath(folder), connection, Number("warm-up", DefaultWarmUp))
            : null;
    }
}
