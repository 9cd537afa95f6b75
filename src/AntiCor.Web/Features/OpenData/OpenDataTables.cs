using System.Globalization;

namespace AntiCor.Web.Features.OpenData;

/// <summary>One row of the reports table: a published report with its measure and period.</summary>
public sealed record ReportRow(Guid Programme, MeasureReportsItem Measure, PeriodReports Period, PublishedReport Report);

/// <summary>The downloadable lists, column by column; the passport lists the same columns as the data set's structure.</summary>
public static class OpenDataTables
{
    public static readonly OpenDataTable<OrganizationItem> Organizations = new("organizations", "Організації",
    [
        new("id", "Ідентифікатор організації", o => o.Id),
        new("slug", "Коротка адреса організації (/o/{slug})", o => o.Slug),
        new("name", "Повна назва", o => o.Name),
        new("code", "Код ЄДРПОУ", o => o.Code),
        new("kind", "Вид організації", o => o.Kind),
        new("katottg", "Код КАТОТТГ громади", o => o.Katottg),
        new("parentSlug", "Коротка адреса організації, до якої вона належить", o => o.ParentSlug),
        new("publishedProgrammes", "Кількість оприлюднених програм", o => o.PublishedProgrammes),
        new("page", "Сторінка організації на порталі", o => o.Page),
        new("passport", "Паспорт набору даних організації", o => o.Passport),
    ]);

    public static readonly OpenDataTable<ProgrammeItem> Programmes = new("programmes", "Програми",
    [
        new("id", "Ідентифікатор програми", p => p.Id),
        new("organization", "Коротка адреса організації", p => p.Organization),
        new("organizationName", "Назва організації", p => p.OrganizationName),
        new("title", "Назва програми", p => p.Title),
        new("actKind", "Вид акта, яким затверджено програму", p => p.ActKind),
        new("actNumber", "Номер акта", p => p.ActNumber),
        new("actDate", "Дата акта (РРРР-ММ-ДД)", p => p.ActDate),
        new("periodFrom", "Початок періоду програми", p => p.PeriodFrom),
        new("periodTo", "Кінець періоду програми", p => p.PeriodTo),
        new("measures", "Кількість заходів", p => p.Measures),
        new("publishedAt", "Коли оприлюднено (UTC)", p => p.PublishedAt),
        new("url", "Програма у відкритих даних (JSON)", p => p.Url),
        new("page", "Сторінка програми на порталі", p => p.Page),
    ]);

    public static readonly OpenDataTable<UnitItem> Units = new("units", "Виконавці",
    [
        new("id", "Ідентифікатор виконавця", u => u.Id),
        new("organization", "Коротка адреса організації", u => u.Organization),
        new("name", "Назва підрозділу, групи або посади", u => u.Name),
        new("kind", "Вид: unit, group, external, position", u => u.Kind),
        new("measures", "Кількість заходів оприлюднених програм", u => u.Measures),
        new("page", "Сторінка виконавця на порталі", u => u.Page),
    ]);

    public static readonly OpenDataTable<ReportRow> Reports = new("reports", "Звіти",
    [
        new("programme", "Ідентифікатор програми", r => r.Programme),
        new("measure", "Номер заходу", r => r.Measure.Number),
        new("measureText", "Зміст заходу", r => r.Measure.Text),
        new("period", "Звітний період (2020Q1, 2020H1, 2020, 2020-03)", r => r.Period.Period),
        new("measureStatus", "Стан виконання заходу за період", r => r.Period.StatusText),
        new("verdict", "Висновок уповноваженого підрозділу", r => r.Period.VerdictText),
        new("executor", "Виконавець", r => r.Report.Executor),
        new("lead", "Головний виконавець", r => r.Report.Lead),
        new("status", "Статус за звітом виконавця", r => r.Report.StatusText),
        new("whatWasDone", "Що зроблено", r => r.Report.WhatWasDone),
        new("completedOn", "Фактична дата виконання", r => r.Report.CompletedOn),
        new("reasons", "Причини невиконання", r => r.Report.Reasons),
        new("cancellingAct", "Акт, яким захід скасовано", r => r.Report.CancellingAct),
        new("publishedAt", "Коли звіт оприлюднено (UTC)", r => r.Report.PublishedAt),
        new("indicators", "Показники: назва = факт (ціль) одиниця", r => string.Join("; ", r.Report.Indicators.Select(Indicator))),
        new("evidence", "Посилання на підтвердні матеріали", r => string.Join(" ", r.Report.Evidence.Select(e => e.Url))),
    ]);

    public static IEnumerable<ReportRow> Rows(Guid programme, IEnumerable<MeasureReportsItem> items) =>
        items.SelectMany(m => m.Periods.SelectMany(p => p.Reports.Select(r => new ReportRow(programme, m, p, r))));

    private static string Indicator(ReportedIndicator i) =>
        string.Create(CultureInfo.InvariantCulture, $"{i.Name} = {i.Value}{(i.Target is { } t ? $" ({t})" : "")} {i.Unit}");
}
