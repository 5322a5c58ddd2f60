namespace Reintegra.Synthetic.Tests;

public class FamilyTests
{
    [Fact]
    public void Every_child_travels_with_an_adult_of_the_same_arrival_or_is_marked_unaccompanied()
    {
        foreach (var arrival in Samples.Arrivals)
        {
            var byKey = arrival.Returnees.ToDictionary(r => r.PersonKey);
            foreach (var r in arrival.Returnees)
            {
                if (r.ChildStatus is null)
                {
                    Assert.Null(r.AccompanyingAdultKey);
                    continue;
                }
                Assert.Contains(r.ChildStatus, new[] { "accompanied", "unaccompanied", "separated" });
                if (r.ChildStatus == "unaccompanied")
                {
                    Assert.Null(r.AccompanyingAdultKey);
                    continue;
                }
                var adult = byKey[r.AccompanyingAdultKey!.Value];
                Assert.Null(adult.ChildStatus);
                Assert.Equal(r.FamilyGroupKey, adult.FamilyGroupKey);
                Assert.NotNull(r.FamilyGroupKey);
            }
        }
    }

    [Fact]
    public void Records_say_child_exactly_when_the_person_is_under_18_at_arrival()
    {
        // Repeat records may carry a garbled date, so only first records are held to this.
        foreach (var r in Samples.Records.Where(r => r.DateOfBirth is not null && !r.IsRepeatReturn))
        {
            var age = r.AgeAt(DateOnly.FromDateTime(r.ArrivalUtc))!.Value;
            Assert.Equal(age < 18, r.ChildStatus is not null);
        }
    }

    [Fact]
    public void Children_of_a_family_share_its_surnames_and_origin_and_all_three_child_statuses_occur()
    {
        var records = Samples.Records.ToList();
        var accompanied = records.Where(r => r.ChildStatus == "accompanied" && !r.IsRepeatReturn).ToList();
        var byKey = records.GroupBy(r => r.PersonKey).ToDictionary(g => g.Key, g => g.First());
        Assert.All(accompanied, child =>
        {
            var adult = byKey[child.AccompanyingAdultKey!.Value];
            Assert.Equal(adult.OriginAdmin2, child.OriginAdmin2);
            Assert.True(child.FirstSurname == adult.FirstSurname || child.SecondSurname == adult.FirstSurname,
                $"{child.FirstSurname} {child.SecondSurname} is not a child of {adult.FirstSurname} {adult.SecondSurname}");
        });
        var children = records.Where(r => r.ChildStatus is not null).ToList();
        var unaccompanied = children.Count(r => r.ChildStatus == "unaccompanied") / (double)children.Count;
        var separated = children.Count(r => r.ChildStatus == "separated") / (double)children.Count;
        Assert.InRange(unaccompanied, 0.2, 0.6);
        Assert.InRange(separated, 0.02, 0.2);
        var teenBoys = records.Where(r => r.ChildStatus == "unaccompanied").Count(r => r.Sex == 'M') / (double)records.Count(r => r.ChildStatus == "unaccompanied");
        Assert.InRange(teenBoys, 0.65, 0.9);
    }

    [Fact]
    public void Single_parents_and_carers_of_infants_are_flagged_on_the_adult()
    {
        var records = Samples.Records.ToList();
        var singleParents = records.Where(r => r.Vulnerabilities.Contains(VulnerabilityCodes.SingleParent)).ToList();
        Assert.NotEmpty(singleParents);
        Assert.All(singleParents, p => Assert.Null(p.ChildStatus));
        Assert.All(singleParents, p => Assert.Contains(records, c => c.AccompanyingAdultKey == p.PersonKey && c.ArrivalKey == p.ArrivalKey));
        Assert.Contains(records, r => r.Vulnerabilities.Contains(VulnerabilityCodes.InfantCare));
    }
}
