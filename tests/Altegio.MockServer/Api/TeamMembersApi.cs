using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Altegio.MockServer.Http;
using Altegio.MockServer.State;

namespace Altegio.MockServer.Api;

/// <summary>Team members: the one V2 list operation and the V1 CRUD (canonical and legacy spellings).</summary>
internal static class TeamMembersApi
{
    /// <summary>
    /// Open question 1: the docs never print the literal; the MCP's event fixtures say <c>staff</c>
    /// for staff inside event documents. The list uses <c>team_member</c>, as the brief chose.
    /// </summary>
    public const string V2Type = "team_member";

    public static void Register(Router r)
    {
        r.AddV2("GET", "team_members", ListV2);

        r.Add("GET", "v1/locations/{loc}/team_members", req => ListV1(req, totalCount: false));
        r.Add("POST", "v1/locations/{loc}/team_members", QuickCreate);
        r.Add("POST", "v1/locations/{loc}/team_members/quick", QuickCreate);
        r.Add("GET", "v1/locations/{loc}/team_members/{id}", req => GetV1(req, asArray: false));
        r.Add("PUT", "v1/locations/{loc}/team_members/{id}", Update);
        r.Add("DELETE", "v1/locations/{loc}/team_members/{id}", Delete);

        r.Add("GET", "v1/staff/{loc}", req => ListV1(req, totalCount: false));
        r.Add("GET", "v1/staff/{loc}/{id}", req => GetV1(req, asArray: true));
        r.Add("PUT", "v1/staff/{loc}/{id}", Update);
        r.Add("DELETE", "v1/staff/{loc}/{id}", Delete);
        r.Add("GET", "v1/company/{loc}/staff", req => ListV1(req, totalCount: true));
        r.Add("GET", "v1/company/{loc}/staff/{id}", req => GetV1(req, asArray: false));
        r.Add("POST", "v1/company/{loc}/staff/quick", QuickCreate);
    }

    // ---------------- V2 ----------------

    private static bool Tri(ApiRequest req, string key, int fallback, out int value, out Reply? error)
    {
        error = null;
        value = fallback;
        var raw = req.Q(key);
        if (string.IsNullOrEmpty(raw))
        {
            return true;
        }

        if (raw is "0" or "1" or "2")
        {
            value = raw[0] - '0';
            return true;
        }

        error = Reply.Validation(key, $"The {key} must be 0, 1 or 2");
        return false;
    }

    private static bool Pass(int filter, bool flag) => filter == 2 || (filter == 1) == flag;

    private static Reply ListV2(ApiRequest req)
    {
        if (!Tri(req, "filter[fired]", 2, out var fired, out var err)
            || !Tri(req, "filter[deleted]", 0, out var deleted, out err)
            || !Tri(req, "filter[user_linked]", 2, out var userLinked, out err)
            || !Tri(req, "filter[is_paid]", 2, out var isPaid, out err)
            || !Tri(req, "filter[has_schedule]", 2, out var hasSchedule, out err)
            || !Tri(req, "filter[is_assistant]", 2, out var isAssistant, out err))
        {
            return err!;
        }

        long? positionId = null;
        var rawPos = req.Q("filter[position_id]");
        if (!string.IsNullOrEmpty(rawPos))
        {
            if (!long.TryParse(rawPos, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid))
            {
                return Reply.Validation("filter[position_id]", "The filter[position_id] must be an integer");
            }

            positionId = pid;
        }

        var name = req.Q("filter[name]");
        var positionTitle = req.Q("filter[position_title]");
        if (req.IncludeSyntaxError() is { } includeError)
        {
            return includeError;
        }

        var includes = req.Includes();
        foreach (var inc in includes)
        {
            if (inc is not ("position" or "employee"))
            {
                return Reply.Legacy(400, $"The include '{inc}' is not supported; allowed: position, employee");
            }
        }

        var withPosition = includes.Contains("position");
        var withEmployee = includes.Contains("employee");

        lock (req.State.SyncRoot)
        {
            var state = req.State;
            var items = new List<MockTeamMember>();
            foreach (var m in state.MemberStore.Values)
            {
                if (m.CompanyId != req.Company.Id
                    || !Pass(fired, m.Fired) || !Pass(deleted, m.Deleted) || !Pass(userLinked, m.UserId is > 0)
                    || !Pass(isPaid, m.IsPaidStaff) || !Pass(hasSchedule, m.HasSchedule) || !Pass(isAssistant, m.IsAvailableAsAssistant))
                {
                    continue;
                }

                if (positionId is not null && m.PositionId != positionId)
                {
                    continue;
                }

                if (!string.IsNullOrEmpty(name) && m.Name.IndexOf(name, StringComparison.OrdinalIgnoreCase) < 0)
                {
                    continue;
                }

                if (!string.IsNullOrEmpty(positionTitle))
                {
                    var p = m.PositionId is { } id ? state.PositionStore.Find(id) : null;
                    if (p is null || p.Title.IndexOf(positionTitle, StringComparison.OrdinalIgnoreCase) < 0)
                    {
                        continue;
                    }
                }

                items.Add(m);
            }

            return Reply.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("data");
                foreach (var m in items)
                {
                    w.WriteStartObject();
                    w.WriteString("type", V2Type);
                    w.WriteString("id", TagsApi.Id(m.Id));
                    w.WriteStartObject("attributes");
                    w.WriteString("name", m.Name);
                    w.WriteNumber("tt_markup", m.TtMarkup);
                    w.WriteString("specialization", m.Specialization);
                    w.WriteString("image", m.Avatar);
                    if (m.PositionId is { } pid)
                    {
                        w.WriteNumber("position_id", pid);
                    }
                    else
                    {
                        w.WriteNull("position_id");
                    }

                    w.WriteBoolean("is_available_as_assistant", m.IsAvailableAsAssistant);
                    w.WriteEndObject();
                    if (withPosition || withEmployee)
                    {
                        w.WriteStartObject("relationships");
                        if (withPosition)
                        {
                            w.WriteStartObject("position");
                            if (m.PositionId is { } relId && state.PositionStore.Find(relId) is not null)
                            {
                                w.WriteStartObject("data");
                                w.WriteString("type", "position");
                                w.WriteString("id", TagsApi.Id(relId));
                                w.WriteEndObject();
                            }
                            else
                            {
                                w.WriteNull("data");
                            }

                            w.WriteEndObject();
                        }

                        if (withEmployee)
                        {
                            w.WriteStartObject("employee");
                            w.WriteStartObject("data");
                            w.WriteString("type", "employee");
                            w.WriteString("id", TagsApi.Id(m.Id));
                            w.WriteEndObject();
                            w.WriteEndObject();
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                if (withPosition || withEmployee)
                {
                    w.WriteStartArray("included");
                    if (withPosition)
                    {
                        foreach (var pid in items.Where(m => m.PositionId is not null).Select(m => m.PositionId!.Value).Distinct())
                        {
                            var p = state.PositionStore.Find(pid);
                            if (p is null)
                            {
                                continue;
                            }

                            w.WriteStartObject();
                            w.WriteString("type", "position");
                            w.WriteString("id", TagsApi.Id(p.Id));
                            w.WriteStartObject("attributes");
                            w.WriteString("title", p.Title);
                            w.WriteEndObject();
                            w.WriteEndObject();
                        }
                    }

                    if (withEmployee)
                    {
                        foreach (var m in items)
                        {
                            WriteEmployee(w, m);
                        }
                    }

                    w.WriteEndArray();
                }

                TagsApi.Meta(w);
                w.WriteEndObject();
            }, 4096);
        }
    }

    private static void WriteEmployee(Utf8JsonWriter w, MockTeamMember m)
    {
        w.WriteStartObject();
        w.WriteString("type", "employee");
        w.WriteString("id", TagsApi.Id(m.Id));
        w.WriteStartObject("attributes");
        w.WriteString("phone", m.Phone);
        w.WriteString("name", m.Name);
        w.WriteString("firstname", m.FirstName);
        w.WriteString("surname", m.Surname);
        w.WriteString("patronymic", m.Patronymic);
        WriteDateOrNull(w, "date_admission", m.DateAdmission);
        w.WriteNull("date_registration_end");
        w.WriteString("citizenship", m.Citizenship);
        w.WriteNumber("gender", m.Gender);
        w.WriteString("passport_data", string.Empty);
        w.WriteString("personal_tax_reference_number", string.Empty);
        w.WriteString("number_insurance_certificates", string.Empty);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteDateOrNull(Utf8JsonWriter w, string name, DateTime? d)
    {
        if (d is { } v)
        {
            w.WriteString(name, Fmt.DateOnly(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    // ---------------- V1 ----------------

    private static Reply ListV1(ApiRequest req, bool totalCount)
    {
        lock (req.State.SyncRoot)
        {
            var items = req.State.MemberStore.Values
                .Where(m => m.CompanyId == req.Company.Id && !m.Deleted)
                .OrderByDescending(m => m.Weight).ThenBy(m => m.Id)
                .ToList();
            var state = req.State;
            return Reply.V1(200, w =>
            {
                w.WriteStartArray();
                foreach (var m in items)
                {
                    WriteV1(w, m, state);
                }

                w.WriteEndArray();
            }, totalCount
                ? w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("total_count", items.Count);
                    w.WriteEndObject();
                }
                : null, 4096);
        }
    }

    private static MockTeamMember? Find(ApiRequest req)
    {
        var m = req.State.MemberStore.Find(req.Id);
        return m is not null && m.CompanyId == req.Company.Id ? m : null;
    }

    private static Reply GetV1(ApiRequest req, bool asArray)
    {
        lock (req.State.SyncRoot)
        {
            var m = Find(req);
            if (m is null)
            {
                return Reply.NotFound();
            }

            var state = req.State;
            return Reply.V1(200, w =>
            {
                // The legacy /staff/{loc}/{id} spelling answers a one-element array (documented quirk).
                if (asArray)
                {
                    w.WriteStartArray();
                }

                WriteV1(w, m, state);
                if (asArray)
                {
                    w.WriteEndArray();
                }
            });
        }
    }

    private static Reply QuickCreate(ApiRequest req)
    {
        if (!req.TryParseBody(out var body))
        {
            return Reply.Legacy(400, "Invalid JSON in the request body");
        }

        var errors = new List<string>();
        if (body.String("name", out var name) != FieldState.Ok || name.Trim().Length == 0)
        {
            errors.Add("The name field is required.");
        }

        if (body.String("specialization", out var specialization) != FieldState.Ok || specialization.Trim().Length == 0)
        {
            errors.Add("The specialization field is required.");
        }

        // position_id is required but may be null ("no position").
        var ps = body.Long("position_id", out var positionId);
        if (ps == FieldState.Missing)
        {
            errors.Add("The position_id field is required.");
        }
        else if (ps == FieldState.Invalid)
        {
            errors.Add("The position_id must be an integer or null.");
        }

        var paidState = body.Bool("is_paid_staff", out var isPaid);
        if (paidState == FieldState.Invalid)
        {
            errors.Add("The is_paid_staff field must be true or false.");
        }

        // Listed as required; the official client always sends it (false when nobody is invited).
        var inviteState = body.Bool("is_user_invite", out _);
        if (inviteState != FieldState.Ok)
        {
            errors.Add(inviteState == FieldState.Missing ? "The is_user_invite field is required." : "The is_user_invite field must be true or false.");
        }

        var timetableState = body.Bool("has_timetable_access", out var timetable);
        if (timetableState is FieldState.Invalid or FieldState.Null)
        {
            errors.Add("The has_timetable_access field must be true or false.");
        }

        lock (req.State.SyncRoot)
        {
            if (ps == FieldState.Ok && (req.State.PositionStore.Find(positionId) is not { } pos || !pos.SalonIds.Contains(req.Company.Id)))
            {
                errors.Add("The selected position_id is invalid.");
            }

            if (errors.Count > 0)
            {
                return V1Errors(errors);
            }

            long? userId = null;
            if (body.String("user_email", out var email) == FieldState.Ok && email.Length > 0)
            {
                userId = req.State.FindUserByLogin(email)?.Id;
            }
            else if (body.String("user_phone", out var phone) == FieldState.Ok && phone.Length > 0)
            {
                userId = req.State.FindUserByLogin(phone)?.Id;
            }

            var m = req.State.MemberStore.Add(new MockTeamMember
            {
                CompanyId = req.Company.Id,
                Name = name,
                Specialization = specialization,
                PositionId = ps == FieldState.Ok ? positionId : null,
                IsPaidStaff = paidState == FieldState.Ok && isPaid,
                HasAccessTimetable = timetableState == FieldState.Ok && timetable,
                UserId = userId,
                HasSchedule = false,
                ScheduleTill = null,
            });
            var state = req.State;
            return Reply.V1(201, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("id", m.Id);
                w.WriteString("name", m.Name);
                w.WriteNumber("company_id", m.CompanyId);
                w.WriteString("specialization", m.Specialization);
                w.WriteString("avatar", m.Avatar);
                w.WriteString("avatar_big", m.AvatarBig);
                WritePositionV1(w, m, state);
                w.WriteBoolean("is_paid_staff", m.IsPaidStaff);
                w.WriteEndObject();
            });
        }
    }

    /// <summary>V1 quick-create 422: <c>meta.errors</c> is an array here (documented), unlike V2's object.</summary>
    private static Reply V1Errors(List<string> errors) =>
        Reply.Legacy(422, errors[0], w =>
        {
            w.WriteStartArray();
            foreach (var e in errors)
            {
                w.WriteStringValue(e);
            }

            w.WriteEndArray();
        });

    private static Reply Update(ApiRequest req)
    {
        if (!req.TryParseBody(out var body))
        {
            return Reply.Legacy(400, "Invalid JSON in the request body");
        }

        var nameState = body.String("name", out var name);
        var specState = body.String("specialization", out var specialization);
        var weightState = body.Long("weight", out var weight);
        var infoState = body.String("information", out var information);
        var apiIdState = body.String("api_id", out var apiId);
        var hiddenState = body.Bool("hidden", out var hidden);
        var firedState = body.Bool("fired", out var fired);
        var userState = body.Long("user_id", out var userId);
        var timetableState = body.Bool("has_access_timetable", out var timetable);
        var paidState = body.Bool("is_paid_staff", out var paid);

        var errors = new List<string>();
        if (nameState is FieldState.Invalid or FieldState.Null || (nameState == FieldState.Ok && name.Trim().Length == 0))
        {
            errors.Add("The name must be a non-empty string.");
        }

        if (specState is FieldState.Invalid)
        {
            errors.Add("The specialization must be a string.");
        }

        if (weightState is FieldState.Invalid)
        {
            errors.Add("The weight must be an integer.");
        }

        if (infoState is FieldState.Invalid)
        {
            errors.Add("The information must be a string.");
        }

        if (apiIdState is FieldState.Invalid)
        {
            errors.Add("The api_id must be a string.");
        }

        if (hiddenState is FieldState.Invalid or FieldState.Null)
        {
            errors.Add("The hidden field must be 0 or 1.");
        }

        if (firedState is FieldState.Invalid or FieldState.Null)
        {
            errors.Add("The fired field must be 0 or 1.");
        }

        if (userState is FieldState.Invalid)
        {
            errors.Add("The user_id must be an integer.");
        }

        if (timetableState is FieldState.Invalid or FieldState.Null)
        {
            errors.Add("The has_access_timetable field must be true or false.");
        }

        if (paidState is FieldState.Invalid or FieldState.Null)
        {
            errors.Add("The is_paid_staff field must be true or false.");
        }

        lock (req.State.SyncRoot)
        {
            var m = Find(req);
            if (m is null || m.Deleted)
            {
                return Reply.NotFound();
            }

            if (userState == FieldState.Ok && userId != 0 && req.State.UserStore.Find(userId) is null)
            {
                errors.Add("The selected user_id is invalid.");
            }

            if (errors.Count > 0)
            {
                return V1Errors(errors);
            }

            if (nameState == FieldState.Ok)
            {
                m.Name = name;
            }

            if (specState is FieldState.Ok or FieldState.Null)
            {
                m.Specialization = specialization;
            }

            if (weightState == FieldState.Ok)
            {
                m.Weight = (int)weight;
            }

            if (infoState is FieldState.Ok or FieldState.Null)
            {
                m.Information = information;
            }

            if (apiIdState is FieldState.Ok or FieldState.Null)
            {
                m.ApiId = apiIdState == FieldState.Ok && apiId.Length > 0 ? apiId : null;
            }

            if (hiddenState == FieldState.Ok)
            {
                m.Hidden = hidden;
            }

            if (firedState == FieldState.Ok)
            {
                m.Fired = fired;
            }

            if (userState is FieldState.Ok or FieldState.Null)
            {
                m.UserId = userState == FieldState.Ok && userId != 0 ? userId : null;
            }

            if (timetableState == FieldState.Ok)
            {
                m.HasAccessTimetable = timetable;
            }

            if (paidState == FieldState.Ok)
            {
                m.IsPaidStaff = paid;
            }

            var state = req.State;
            return Reply.V1(200, w => WriteV1(w, m, state));
        }
    }

    private static Reply Delete(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var m = Find(req);
            if (m is null || m.Deleted)
            {
                return Reply.NotFound();
            }

            m.Deleted = true;
            return Reply.NoContent();
        }
    }

    private static void WritePositionV1(Utf8JsonWriter w, MockTeamMember m, MockState state)
    {
        var p = m.PositionId is { } id ? state.PositionStore.Find(id) : null;
        if (p is null)
        {
            // Documented V1 quirk: an unset position is an empty array, not null.
            w.WriteStartArray("position");
            w.WriteEndArray();
            return;
        }

        w.WriteStartObject("position");
        w.WriteNumber("id", p.Id);
        w.WriteString("title", p.Title);
        w.WriteEndObject();
    }

    /// <summary>The V1 member object with its documented quirks: numbers as strings, <c>position: []</c> when unset.</summary>
    internal static void WriteV1(Utf8JsonWriter w, MockTeamMember m, MockState state)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        w.WriteStartObject();
        if (m.V1IdAsString)
        {
            w.WriteString("id", m.Id.ToString(inv));
        }
        else
        {
            w.WriteNumber("id", m.Id);
        }

        if (m.ApiId is null)
        {
            w.WriteNull("api_id");
        }
        else
        {
            w.WriteString("api_id", m.ApiId);
        }

        w.WriteNumber("company_id", m.CompanyId);
        w.WriteString("name", m.Name);
        w.WriteString("specialization", m.Specialization);
        WritePositionV1(w, m, state);
        if (m.PositionId is { } pid)
        {
            w.WriteNumber("position_id", pid);
        }
        else
        {
            w.WriteNull("position_id");
        }

        w.WriteString("weight", m.Weight.ToString(inv));
        w.WriteNumber("show_rating", m.ShowRating ? 1 : 0);
        w.WriteNumber("rating", m.Rating);
        w.WriteNumber("votes_count", m.VotesCount);
        w.WriteNumber("comments_count", m.CommentsCount);
        w.WriteString("avatar", m.Avatar);
        w.WriteString("avatar_big", m.AvatarBig);
        w.WriteString("information", m.Information);
        w.WriteString("hidden", m.Hidden ? "1" : "0");
        w.WriteString("fired", m.Fired ? "1" : "0");
        w.WriteNumber("status", m.Deleted ? 1 : 0);
        var user = m.UserId is { } uid ? state.UserStore.Find(uid) : null;
        if (m.UserId is { } linked)
        {
            w.WriteNumber("user_id", linked);
        }
        else
        {
            w.WriteNull("user_id");
        }

        w.WriteBoolean("has_access_timetable", m.HasAccessTimetable);
        w.WriteBoolean("is_paid_staff", m.IsPaidStaff);
        w.WriteBoolean("bookable", !m.Fired && !m.Deleted && !m.Hidden && m.HasSchedule);
        WriteDateOrNull(w, "schedule_till", m.ScheduleTill);
        w.WriteString("prepaid", m.Prepaid);
        w.WriteStartArray("image_group");
        w.WriteEndArray();
        if (user is null)
        {
            w.WriteNull("user");
        }
        else
        {
            w.WriteStartObject("user");
            w.WriteNumber("id", user.Id);
            w.WriteString("name", user.Name);
            w.WriteString("phone", user.Phone);
            w.WriteString("email", user.Email);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
