namespace AntiCor.Migrations.Sqlite;

/// <summary>
/// The triggers that keep the portal's FTS5 copies (MeasureSearch, ReportSearch) in step with
/// Measures and Reports. SQLite drops a table's triggers when EF rebuilds the table (to add a
/// foreign key or change a column), so a migration that rebuilds either table creates its
/// triggers again from here: one text for the first migration and every later one.
/// </summary>
internal static class SearchTriggers
{
    public static readonly string[] Measures =
    [
        "CREATE TRIGGER measure_search_insert AFTER INSERT ON Measures BEGIN INSERT INTO MeasureSearch (Id, Text) VALUES (new.Id, new.Text); END;",
        "CREATE TRIGGER measure_search_update AFTER UPDATE OF Text ON Measures BEGIN DELETE FROM MeasureSearch WHERE Id = old.Id; INSERT INTO MeasureSearch (Id, Text) VALUES (new.Id, new.Text); END;",
        "CREATE TRIGGER measure_search_delete AFTER DELETE ON Measures BEGIN DELETE FROM MeasureSearch WHERE Id = old.Id; END;",
    ];

    public static readonly string[] Reports =
    [
        "CREATE TRIGGER report_search_insert AFTER INSERT ON Reports BEGIN INSERT INTO ReportSearch (Id, WhatWasDone) VALUES (new.Id, coalesce(new.WhatWasDone, '')); END;",
        "CREATE TRIGGER report_search_update AFTER UPDATE OF WhatWasDone ON Reports BEGIN DELETE FROM ReportSearch WHERE Id = old.Id; INSERT INTO ReportSearch (Id, WhatWasDone) VALUES (new.Id, coalesce(new.WhatWasDone, '')); END;",
        "CREATE TRIGGER report_search_delete AFTER DELETE ON Reports BEGIN DELETE FROM ReportSearch WHERE Id = old.Id; END;",
    ];

    /// <summary>After a rebuild of Measures: its triggers again, and its copy refreshed from the table as it now is.</summary>
    public static void RestoreMeasures(Microsoft.EntityFrameworkCore.Migrations.MigrationBuilder migration)
    {
        foreach (var name in new[] { "measure_search_insert", "measure_search_update", "measure_search_delete" })
        {
            migration.Sql($"DROP TRIGGER IF EXISTS {name};");
        }

        migration.Sql("DELETE FROM MeasureSearch;");
        migration.Sql("INSERT INTO MeasureSearch (Id, Text) SELECT Id, Text FROM Measures;");
        foreach (var sql in Measures)
        {
            migration.Sql(sql);
        }
    }
}
