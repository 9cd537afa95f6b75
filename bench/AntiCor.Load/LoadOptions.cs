namespace AntiCor.Load;

/// <summary>The command line: a scenario and the store it runs on.</summary>
internal sealed record LoadOptions(string Scenario, string Provider, string? PostgresAdmin, int Submitters, int Members, int Rounds, int ThinkMs)
{
    public const string Usage = """
        anticor-load board|rush [--provider Sqlite|Postgres] [--pg ADMIN-CONNECTION] [--submitters N] [--members N] [--rounds N] [--think-ms N]
          board   the coordinator's period board of the seed programme with N executive bodies and N communal
                  enterprises added to its groups (--members, default 100: about 1,000 obligations a period),
                  requested --rounds times (default 200) after a warm-up: p50 / p95 / max
          rush    --submitters executors (default 50) sign in and submit their period's reports at once: p50 / p99 / max
                  of the submissions, errors, and the submissions found stored afterwards; --think-ms: each
                  submitter's pause before opening its next form (default 0: back to back, the capacity test)
          --pg    PostgreSQL admin connection string (with --provider Postgres); a throwaway database is created on it
        """;

    public static LoadOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("board" or "rush"))
        {
            return null;
        }

        string provider = "Sqlite";
        string? pg = null;
        int submitters = 50, members = 100, rounds = 200, think = 0;
        for (var i = 1; i < args.Length - 1; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--provider": provider = value; break;
                case "--pg": pg = value; break;
                case "--submitters": submitters = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--members": members = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--think-ms": think = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                default: return null;
            }
        }

        return provider is "Sqlite" or "Postgres" && (provider == "Sqlite" || pg is not null)
            ? new LoadOptions(args[0], provider, pg, submitters, members, rounds, think)
            : null;
    }
}
