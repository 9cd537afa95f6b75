using AntiCor.Core.Domain;

namespace AntiCor.Core.Tests.Domain;

public sealed class OrganizationTests
{
    [Theory]
    [InlineData("00032129")] // weights from 1
    [InlineData("14360570")] // weights from 1, remainder 0
    [InlineData("12345678")]
    public void A_code_with_the_right_check_digit_is_valid(string code) => Assert.True(EdrpouCode.IsValid(code));

    [Theory]
    [InlineData("00032128")]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567a")]
    [InlineData("")]
    public void A_code_of_the_wrong_length_or_check_digit_is_refused(string code)
    {
        Assert.False(EdrpouCode.IsValid(code));
        Assert.Equal(EdrpouCode.Invalid, Assert.Throws<DomainException>(() => new Organization("Рада", OrganizationKind.CityCouncil, "rada", code.Length == 0 ? "x" : code)).Message);
    }

    [Fact]
    public void Codes_between_30_and_60_million_weigh_their_first_digit_by_seven()
    {
        // 3000000?: 7·3 = 21, remainder 10 → second round 9·3 = 27, remainder 5.
        Assert.Equal(5, EdrpouCode.CheckDigit("30000000"));
        Assert.True(EdrpouCode.IsValid("30000005"));
    }

    [Fact]
    public void A_slug_is_made_from_the_name_and_checked_when_given()
    {
        Assert.Equal("kropyvnytska-miska-rada", OrganizationSlug.From("Кропивницька міська рада"));
        Assert.Equal(OrganizationSlug.Invalid, Assert.Throws<DomainException>(() => new Organization("Рада", OrganizationKind.CityCouncil, "Погана адреса")).Message);
        Assert.False(OrganizationSlug.IsValid("-rada"));
        Assert.True(OrganizationSlug.IsValid("stepova"));
    }

    [Fact]
    public void A_renamed_organisation_keeps_its_former_names_and_is_known_by_them()
    {
        var organization = new Organization("Кіровоградська міська рада", OrganizationKind.CityCouncil, "kropyvnytskyi");
        organization.Rename("Кропивницька міська рада");

        Assert.Equal(["Кіровоградська міська рада"], organization.FormerNames);
        Assert.True(organization.IsKnownAs("кіровоградська міська рада"));
        Assert.False(organization.IsKnownAs("Степова сільська рада"));
    }
}
