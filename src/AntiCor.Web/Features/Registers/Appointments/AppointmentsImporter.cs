using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Registers;
using AntiCor.Core.Registers.Import;
using AntiCor.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Appointments;

/// <summary>An appointment notice as the form passes it on.</summary>
public sealed record AppointmentInput(Guid UnitId, string CandidateName, string Position, string Category, DateOnly ReceivedOn, DateOnly PlannedOn);

/// <summary>The columns of the export of appointment notices; the days before, the minimum and the days missing are counted again.</summary>
public sealed class AppointmentsImportSpec(IReadOnlyList<ImportOption> units) : IRegisterImportSpec<AppointmentInput>
{
    public static readonly IReadOnlyList<RegisterImportColumn> Table =
        RegisterImportColumns.From(IndexModel.Columns, optional: [], derived: ["daysBefore", "requiredDays", "daysMissing"]);

    public IReadOnlyList<RegisterImportColumn> Columns => Table;

    public AppointmentInput? Parse(RegisterImportRow row)
    {
        var unit = row.Option("unit", units, RegisterImportWords.UnitUnknown);
        var name = RegisterImportColumns.Person(row, "candidate");
        var position = row.Text("position", Limits.Name);
        var category = row.OneOf("category", AppointmentsText.Categories);
        var received = row.Date("noticeReceivedOn");
        var planned = row.Date("plannedAppointmentOn");
        row.Check("plannedAppointmentOn", () =>
            new AppointmentNotice(Guid.Empty, unit!.Id, AppointmentNotice.DefaultRequiredDays).Edit(unit.Id, name!, position!, category!, received!.Value, planned!.Value));
        return row.IsValid ? new AppointmentInput(unit!.Id, name!, position!, category!, received!.Value, planned!.Value) : null;
    }
}

public sealed class AppointmentsImporter(AppDbContext db, CurrentUser currentUser) : RegisterImporter<AppointmentInput>(db, currentUser)
{
    public override RegisterKind Register => RegisterKind.Appointments;

    protected override async Task<IRegisterImportSpec<AppointmentInput>> SpecAsync(CancellationToken cancellationToken) =>
        new AppointmentsImportSpec(await UnitsAsync(cancellationToken));

    protected override async Task AddAsync(Guid organizationId, AppointmentInput input, CancellationToken cancellationToken)
    {
        var notice = new AppointmentNotice(organizationId, input.UnitId, await RequiredDaysAsync(Db, input.ReceivedOn, cancellationToken));
        notice.Edit(input.UnitId, input.CandidateName, input.Position, input.Category, input.ReceivedOn, input.PlannedOn);
        Db.AppointmentNotices.Add(notice);
    }

    /// <summary>The minimum notice the programme in force on the notice date sets in its register link; 5 calendar days unless set.</summary>
    public static async Task<int> RequiredDaysAsync(AppDbContext db, DateOnly received, CancellationToken cancellationToken) =>
        await db.RegisterLinks.AsNoTracking()
            .Where(l => l.Register == RegisterKind.Appointments)
            .Join(db.Programmes.Where(p => p.PeriodFrom <= received && p.PeriodTo >= received), l => l.ProgrammeId, p => p.Id, (l, p) => (int?)l.NoticeDays)
            .FirstOrDefaultAsync(cancellationToken) ?? AppointmentNotice.DefaultRequiredDays;
}
