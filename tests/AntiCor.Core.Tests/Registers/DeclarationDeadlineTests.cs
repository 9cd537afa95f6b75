using AntiCor.Core.Domain;
using AntiCor.Core.Registers;
using AntiCor.Core.Reporting;

namespace AntiCor.Core.Tests.Registers;

/// <summary>The declaration deadline: 1 April of the next year, 30 days after a dismissal, moved past days off (ADR-013).</summary>
public sealed class DeclarationDeadlineTests
{
    [Fact]
    public void The_annual_deadline_on_a_Saturday_moves_to_Monday()
    {
        // 1 April 2028 is a Saturday.
        Assert.Equal(new DateOnly(2028, 4, 3), Declaration.DueDate(2027, null, DaysOff.WeekendsOnly));
    }

    [Fact]
    public void The_annual_deadline_on_a_Sunday_before_a_public_holiday_moves_to_Tuesday()
    {
        // 1 April 2029 is a Sunday; Monday 2 April is a public holiday in this calendar.
        Assert.Equal(new DateOnly(2029, 4, 3), Declaration.DueDate(2028, null, new DaysOff([new DateOnly(2029, 4, 2)])));
    }

    [Fact]
    public void The_annual_deadline_on_a_working_day_stays_on_1_April()
    {
        // 1 April 2031 is a Tuesday.
        Assert.Equal(new DateOnly(2031, 4, 1), Declaration.DueDate(2030, null, DaysOff.WeekendsOnly));
    }

    [Fact]
    public void A_leavers_deadline_is_30_days_after_the_dismissal_moved_past_a_weekend()
    {
        // Dismissed on 02.03.2029: day 30 is Sunday 01.04.2029.
        Assert.Equal(new DateOnly(2029, 4, 2), Declaration.DueDate(2029, new DateOnly(2029, 3, 2), DaysOff.WeekendsOnly));
        Assert.Equal(new DateOnly(2029, 7, 30), Declaration.DueDate(2029, new DateOnly(2029, 6, 30), DaysOff.WeekendsOnly));
    }

    [Fact]
    public void A_link_that_is_not_https_or_a_filing_before_the_campaign_is_refused()
    {
        var declaration = new Declaration(Guid.NewGuid(), Guid.NewGuid(), 2030);
        void Edit(DateOnly? filed, string? url) =>
            declaration.Edit(declaration.OrgUnitId, 2030, "Петренко Іван", "i.petrenko@example.gov.ua", "Спеціаліст", null, filed, url, null, DaysOff.WeekendsOnly);

        Assert.Equal(RegisterWords.DeclarationUrlNotHttps, Assert.Throws<DomainException>(() => Edit(new DateOnly(2031, 3, 1), "http://public.nazk.gov.ua/documents/1")).Message);
        Assert.Equal(RegisterWords.FiledBeforeCampaign, Assert.Throws<DomainException>(() => Edit(new DateOnly(2030, 12, 31), "https://public.nazk.gov.ua/documents/1")).Message);
        Assert.Equal(RegisterWords.FiledWithoutUrl, Assert.Throws<DomainException>(() => Edit(new DateOnly(2031, 3, 1), null)).Message);
        Edit(new DateOnly(2031, 4, 2), "https://public.nazk.gov.ua/documents/1");
        Assert.True(declaration.IsLate(new DateOnly(2031, 4, 2)));
        Assert.Equal(new DateOnly(2031, 4, 1), declaration.DueOn);
    }
}
