namespace Altegio.MockServer.Api;

/// <summary>Team members: the one V2 list operation and the V1 CRUD (canonical and legacy spellings).</summary>
internal static class TeamMembersApi
{
    /// <summary>
    /// The docs never print the type literal; the MCP's event fixtures say <c>staff</c> inside event documents.
    /// The list uses <c>team_member</c>.
    /// </summary>
    public const string V2Type = "team_member";

    private static readonly string[] Tristates = ["fired", "deleted", "user_linked", "is_paid", "has_schedule", "is_assistant"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.V2(g => g.Get("team_members", ListV2));

        // The canonical paths, then the legacy spellings; the legacy /staff/{loc}/{id} answers a one-element array (documented quirk).
        foreach (var (root, asArray) in new[] { ("v1/locations/{loc:long}/team_members", false), ("v1/staff/{loc:long}", true), ("v1/company/{loc:long}/staff", false) })
        {
            api.Get(root, c => ListV1(c, totalCount: root.EndsWith("/staff", StringComparison.Ordinal)));
            api.Get(root + "/{id:long}", c => Reply.V1(asArray ? new[] { Wire(c, c.Get<MockTeamMember>()) } : Wire(c, c.Get<MockTeamMember>())));
        }

        api.Post("v1/locations/{loc:long}/team_members", QuickCreate);
        api.Post("v1/locations/{loc:long}/team_members/quick", QuickCreate);
        api.Post("v1/company/{loc:long}/staff/quick", QuickCreate);
        foreach (var path in new[] { "v1/locations/{loc:long}/team_members/{id:long}", "v1/staff/{loc:long}/{id:long}" })
        {
            api.Put(path, Update);
            api.Delete(path, Delete);
        }
    }

    // ---------------- V2 ----------------

    private sealed record V2Attributes(string Name, int TtMarkup, string Specialization, string Image, long? PositionId, bool IsAvailableAsAssistant);

    private sealed record PositionTitle(string Title);

    private sealed record Employee(
        string Phone, string Name, string Firstname, string Surname, string Patronymic, string? DateAdmission, string? DateRegistrationEnd,
        string Citizenship, int Gender, string PassportData, string PersonalTaxReferenceNumber, string NumberInsuranceCertificates);

    private static Reply ListV2(Call c)
    {
        // 0 = no, 1 = yes, 2 = either; deleted members are left out unless asked for.
        var filters = Tristates.ToDictionary(f => f, f =>
        {
            var raw = c.Q($"filter[{f}]");
            Refused.If(!string.IsNullOrEmpty(raw) && raw is not ("0" or "1" or "2"), Reply.Validation($"filter[{f}]", $"The filter[{f}] must be 0, 1 or 2"));
            return string.IsNullOrEmpty(raw) ? (f == "deleted" ? 0 : 2) : raw[0] - '0';
        });
        var positionId = c.QLong("filter[position_id]");
        var positions = c.State.Table<MockPosition>();
        Include<MockTeamMember>[] known =
        [
            new("position", m => new Relation(m.PositionId is { } p && positions.Find(p) is not null ? new Ref("position", p) : null), m =>
                m.PositionId is { } p && positions.Find(p) is { } pos ? [new Resource("position", pos.Id, new PositionTitle(pos.Title))] : []),
            new("employee", m => Relation.One("employee", m.Id), m => [new Resource("employee", m.Id, new Employee(
                m.Phone, m.Name, m.FirstName, m.Surname, string.Empty, m.DateAdmission is { } d ? Fmt.DateOnly(d) : null, null,
                m.Citizenship, m.Gender, string.Empty, string.Empty, string.Empty))]),
        ];
        var includes = c.Includes(Include<MockTeamMember>.Names(known));
        var name = c.Q("filter[name]");
        var positionTitle = c.Q("filter[position_title]");
        bool Pass(string filter, bool flag) => filters[filter] == 2 || (filters[filter] == 1) == flag;
        var items = c.State.Table<MockTeamMember>().Values.Where(m => m.CompanyId == c.Company.Id
            && Pass("fired", m.Fired) && Pass("deleted", m.Deleted) && Pass("user_linked", m.UserId is > 0) && Pass("is_paid", m.IsPaidStaff)
            && Pass("has_schedule", m.HasSchedule) && Pass("is_assistant", m.IsAvailableAsAssistant)
            && (positionId is null || m.PositionId == positionId)
            && (string.IsNullOrEmpty(name) || m.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            && (string.IsNullOrEmpty(positionTitle) || (m.PositionId is { } p && positions.Find(p) is { } pos && pos.Title.Contains(positionTitle, StringComparison.OrdinalIgnoreCase))));
        return Include<MockTeamMember>.Document(items, known, includes, (m, rel) =>
            new Resource(V2Type, m.Id, new V2Attributes(m.Name, 15, m.Specialization, m.Avatar, m.PositionId, m.IsAvailableAsAssistant), rel));
    }

    // ---------------- V1 ----------------

    private sealed record PositionRef(long Id, string Title);

    private sealed record UserRef(long Id, string Name, string Phone, string Email);

    private sealed record V1Member(
        object Id, string? ApiId, long CompanyId, string Name, string Specialization, object Position, long? PositionId, string Weight,
        int ShowRating, double Rating, int VotesCount, int CommentsCount, string Avatar, string AvatarBig, string Information, string Hidden,
        string Fired, int Status, long? UserId, bool HasAccessTimetable, bool IsPaidStaff, bool Bookable, string? ScheduleTill, string Prepaid,
        object[] ImageGroup, UserRef? User);

    private sealed record Created(long Id, string Name, long CompanyId, string Specialization, string Avatar, string AvatarBig, object Position, bool IsPaidStaff);

    /// <summary>Documented V1 quirk: an unset position is an empty array, not null.</summary>
    private static object Position(Call c, MockTeamMember m) =>
        m.PositionId is { } id && c.State.Table<MockPosition>().Find(id) is { } p ? new PositionRef(p.Id, p.Title) : Reply.EmptyMeta;

    /// <summary>The V1 member object with its documented quirks: numbers as strings, <c>position: []</c> when unset.</summary>
    private static V1Member Wire(Call c, MockTeamMember m) => new(
        m.V1IdAsString ? Reply.Code(m.Id) : m.Id, m.ApiId, m.CompanyId, m.Name, m.Specialization, Position(c, m), m.PositionId, Reply.Code(m.Weight),
        1, m.Rating, m.VotesCount, m.CommentsCount, m.Avatar, m.AvatarBig, m.Information, m.Hidden ? "1" : "0",
        m.Fired ? "1" : "0", m.Deleted ? 1 : 0, m.UserId, m.HasAccessTimetable, m.IsPaidStaff, !m.Fired && !m.Deleted && !m.Hidden && m.HasSchedule,
        m.ScheduleTill is { } till ? Fmt.DateOnly(till) : null, "forbidden", Reply.EmptyMeta,
        m.UserId is { } uid && c.State.Table<MockUser>().Find(uid) is { } u ? new UserRef(u.Id, u.Name, u.Phone, u.Email) : null);

    private static Reply ListV1(Call c, bool totalCount)
    {
        var items = c.State.Table<MockTeamMember>().Values.Where(m => m.CompanyId == c.Company.Id && !m.Deleted)
            .OrderByDescending(m => m.Weight).ThenBy(m => m.Id).Select(m => Wire(c, m)).ToList();
        return Reply.V1(items, meta: totalCount ? new { total_count = items.Count } : null);
    }

    private static Reply QuickCreate(Call c)
    {
        var f = c.Body(v1: true);
        var name = f.Str("name", required: true);
        var specialization = f.Str("specialization", required: true);

        // position_id is required but may be null ("no position").
        var positionId = f.Long("position_id", required: !f.Sent("position_id"));
        var isPaid = f.Bool("is_paid_staff");

        // Listed as required; the official client always sends it (false when nobody is invited).
        f.Bool("is_user_invite", required: true);
        var timetable = f.Bool("has_timetable_access", required: f.IsNull("has_timetable_access"));
        f.Check(positionId is { } pid && (c.State.Table<MockPosition>().Find(pid) is not { } pos || !pos.SalonIds.Contains(c.Company.Id)),
            "position_id", "The selected position_id is invalid.");
        f.Errors.ThrowIfAny(e => e.ToV1Reply());
        var login = f.Str("user_email") is { Length: > 0 } email ? email : f.Str("user_phone");
        var m = c.State.Add(new MockTeamMember
        {
            CompanyId = c.Company.Id, Name = name!, Specialization = specialization!, PositionId = positionId, IsPaidStaff = isPaid == true,
            HasAccessTimetable = timetable == true, HasSchedule = false, ScheduleTill = null,
            UserId = string.IsNullOrEmpty(login) ? null : c.State.FindUserByLogin(login)?.Id,
        });
        return Reply.V1(new Created(m.Id, m.Name, m.CompanyId, m.Specialization, m.Avatar, m.AvatarBig, Position(c, m), m.IsPaidStaff), 201);
    }

    private static Reply Update(Call c)
    {
        var f = c.Body(v1: true);

        // A patch: what is sent changes; null clears the fields that may be empty and is refused for the others.
        var name = f.Str("name", required: f.Sent("name"));
        var specialization = f.Str("specialization");
        var weight = f.Long("weight");
        var information = f.Str("information");
        var apiId = f.Str("api_id");
        var hidden = f.Bool("hidden", required: f.IsNull("hidden"));
        var fired = f.Bool("fired", required: f.IsNull("fired"));
        var userId = f.Long("user_id");
        var timetable = f.Bool("has_access_timetable", required: f.IsNull("has_access_timetable"));
        var paid = f.Bool("is_paid_staff", required: f.IsNull("is_paid_staff"));
        var m = Alive(c);
        f.Check(userId is { } uid && uid != 0 && c.State.Table<MockUser>().Find(uid) is null, "user_id", "The selected user_id is invalid.");
        f.Errors.ThrowIfAny(e => e.ToV1Reply());
        m.Name = name ?? m.Name;
        m.Specialization = f.Sent("specialization") ? specialization ?? string.Empty : m.Specialization;
        m.Weight = (int)(weight ?? m.Weight);
        m.Information = f.Sent("information") ? information ?? string.Empty : m.Information;
        m.ApiId = f.Sent("api_id") ? (string.IsNullOrEmpty(apiId) ? null : apiId) : m.ApiId;
        m.Hidden = hidden ?? m.Hidden;
        m.Fired = fired ?? m.Fired;
        m.UserId = f.Sent("user_id") ? (userId is null or 0 ? null : userId) : m.UserId;
        m.HasAccessTimetable = timetable ?? m.HasAccessTimetable;
        m.IsPaidStaff = paid ?? m.IsPaidStaff;
        return Reply.V1(Wire(c, m));
    }

    private static MockTeamMember Alive(Call c) => c.Owned<MockTeamMember>(c.Id) is { Deleted: false } m ? m : throw Refused.NotFound();

    private static Reply Delete(Call c)
    {
        Alive(c).Deleted = true;
        return Reply.NoContent();
    }
}
