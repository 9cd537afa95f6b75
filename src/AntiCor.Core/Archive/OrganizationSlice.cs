namespace AntiCor.Core.Archive;

/// <summary>
/// The rows of one organisation, for `archive export --org`: what is reachable from its
/// Organization row, found by the model's foreign keys rather than by a list of tables:
/// <list type="bullet">
/// <item>the organisation's own row, its link to a parent organisation emptied (the parent stays behind);</item>
/// <item>every row of a table with an OrganizationId column that holds its id, and its audit chain (ChainId);</item>
/// <item>rows those rows point at in tables of no organisation (its users, the evidence files' contents), and</item>
/// <item>rows every foreign key of which points at rows taken (the users' logins, claims and role links, owned tables);</item>
/// <item>the roles, all of them (a fixed list every deployment has).</item>
/// </list>
/// Left behind: other organisations' rows, the deployment's own chain, and operational state
/// (jobs, the mail outbox, data-protection keys, public holidays, download counts).
/// </summary>
internal static class OrganizationSlice
{
    public const string OrganizationsTable = "Organizations";
    private const string OrganizationColumn = "OrganizationId";
    private const string ChainColumn = "ChainId";
    private static readonly HashSet<string> WhollyTaken = ["AspNetRoles"];

    public static async Task<Dictionary<string, List<object?[]>>> CutAsync(
        IReadOnlyList<ArchiveTable> tables, Func<ArchiveTable, Task<List<object?[]>>> read, string slug)
    {
        var rows = new Dictionary<string, List<object?[]>>();
        foreach (var table in tables)
        {
            rows[table.Name] = await read(table);
        }

        var byName = tables.ToDictionary(t => t.Name);
        var organizations = byName[OrganizationsTable];
        var slugAt = Index(organizations, "Slug");
        var idAt = Index(organizations, "Id");
        var organization = rows[OrganizationsTable].FirstOrDefault(r => Equals(r[slugAt], slug))
            ?? throw new ArchiveRefusedException($"Організацію «{slug}» не знайдено.");
        var id = ArchiveValue.Text(organization[idAt]);

        var taken = tables.ToDictionary(t => t.Name, _ => new HashSet<int>());
        var settled = new HashSet<string> { OrganizationsTable };
        taken[OrganizationsTable].Add(rows[OrganizationsTable].IndexOf(organization));
        foreach (var table in tables.Where(t => t.Name != OrganizationsTable))
        {
            var owner = Index(table, OrganizationColumn) is var o and >= 0 ? o : Index(table, ChainColumn);
            if (owner >= 0)
            {
                settled.Add(table.Name);
                taken[table.Name].UnionWith(Enumerable.Range(0, rows[table.Name].Count).Where(i => ArchiveValue.Text(rows[table.Name][i][owner]) == id));
            }
            else if (WhollyTaken.Contains(table.Name))
            {
                settled.Add(table.Name);
                taken[table.Name].UnionWith(Enumerable.Range(0, rows[table.Name].Count));
            }
        }

        for (var changed = true; changed;)
        {
            changed = false;
            var keys = new Dictionary<(string, string), HashSet<string>>();
            HashSet<string> KeysOf(string table, IReadOnlyList<string> columns)
            {
                var at = columns.Select(c => Index(byName[table], c)).ToArray();
                if (!keys.TryGetValue((table, string.Join(",", columns)), out var set))
                {
                    set = [.. taken[table].Select(i => Key(rows[table][i], at)).OfType<string>()];
                    keys[(table, string.Join(",", columns))] = set;
                }

                return set;
            }

            // Rows of tables of no organisation that the rows taken point at.
            foreach (var table in tables)
            {
                foreach (var fk in table.ForeignKeys.Where(f => !settled.Contains(f.PrincipalTable)))
                {
                    var wanted = KeysOf(table.Name, fk.Columns);
                    var principal = byName[fk.PrincipalTable];
                    var at = fk.PrincipalColumns.Select(c => Index(principal, c)).ToArray();
                    for (var i = 0; i < rows[principal.Name].Count; i++)
                    {
                        if (!taken[principal.Name].Contains(i) && Key(rows[principal.Name][i], at) is { } k && wanted.Contains(k) && taken[principal.Name].Add(i))
                        {
                            changed = true;
                        }
                    }
                }
            }

            keys.Clear();

            // Rows every foreign key of which points at rows taken.
            foreach (var table in tables.Where(t => !settled.Contains(t.Name) && t.ForeignKeys.Count > 0))
            {
                for (var i = 0; i < rows[table.Name].Count; i++)
                {
                    if (taken[table.Name].Contains(i))
                    {
                        continue;
                    }

                    var row = rows[table.Name][i];
                    var pointing = table.ForeignKeys
                        .Select(f => (Fk: f, Key: Key(row, [.. f.Columns.Select(c => Index(table, c))])))
                        .Where(p => p.Key is not null)
                        .ToList();
                    if (pointing.Count > 0 && pointing.All(p => KeysOf(p.Fk.PrincipalTable, p.Fk.PrincipalColumns).Contains(p.Key!)) && taken[table.Name].Add(i))
                    {
                        changed = true;
                    }
                }
            }
        }

        var cut = tables.ToDictionary(t => t.Name, t => taken[t.Name].Order().Select(i => rows[t.Name][i]).ToList());
        var parents = organizations.ForeignKeys.Where(f => f.PrincipalTable == OrganizationsTable).SelectMany(f => f.Columns).Select(c => Index(organizations, c));
        var own = (object?[])cut[OrganizationsTable][0].Clone();
        foreach (var parent in parents)
        {
            own[parent] = null;
        }

        cut[OrganizationsTable][0] = own;
        return cut;
    }

    private static int Index(ArchiveTable table, string column) => table.Columns.ToList().FindIndex(c => c.Name == column);

    /// <summary>The key's canonical text, or null when a part of it is null (the key points nowhere).</summary>
    private static string? Key(object?[] row, int[] at) =>
        at.Any(i => i < 0 || row[i] is null) ? null : string.Join("\u001f", at.Select(i => ArchiveValue.Text(row[i])));
}
