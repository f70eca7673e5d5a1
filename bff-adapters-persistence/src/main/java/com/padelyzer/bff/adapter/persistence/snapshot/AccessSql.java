package com.padelyzer.bff.adapter.persistence.snapshot;

/**
 * The user-with-memberships JSON shared by {@link CallerAdapter} and {@link UserAccessAdapter}: the user {@code u},
 * all their organization memberships with the organizations (idx_bff_user_memberships), and all their club
 * memberships with the club and the club's organization; active or not, the domain filters.
 */
final class AccessSql {

    private AccessSql() {
    }

    static String userAccess(String u) {
        return """
                json_build_object(
                  'user', json_build_object('id', %1$s.id, 'email', %1$s.email, 'firstName', %1$s.first_name,
                    'lastName', %1$s.last_name, 'isActive', %1$s.is_active, 'isStaff', %1$s.is_staff,
                    'isSuperuser', %1$s.is_superuser, 'lastLogin', %1$s.last_login, 'dateJoined', %1$s.date_joined,
                    'emailVerified', %1$s.email_verified, 'twoFactorEnabled', %1$s.two_factor_enabled,
                    'phone', %1$s.phone, 'timezone', %1$s.timezone, 'language', %1$s.language,
                    'currentOrganizationId', %1$s.current_organization_id),
                  'organizationMemberships', coalesce((
                    SELECT json_agg(json_build_object('role', m.role, 'joinedAt', m.joined_at, 'isActive', m.is_active,
                                                      'organization', %2$s) ORDER BY m.joined_at, m.organization_id)
                    FROM authentication_organizationmembership m JOIN root_organization o ON o.id = m.organization_id
                    WHERE m.user_id = %1$s.id), '[]'::json),
                  'clubMemberships', coalesce((
                    SELECT json_agg(json_build_object('role', cm.role, 'createdAt', cm.created_at,
                                                      'isActive', cm.is_active, 'club', %3$s, 'organization', %4$s)
                                    ORDER BY cm.created_at, cm.club_id)
                    FROM clubs_clubmembership cm JOIN clubs_club mc ON mc.id = cm.club_id
                         JOIN root_organization mo ON mo.id = mc.organization_id
                    WHERE cm.user_id = %1$s.id), '[]'::json))"""
                .formatted(u, organization("o"), ClubSql.club("mc"), organization("mo"));
    }

    static String organization(String o) {
        return """
                json_build_object('id', %1$s.id, 'type', %1$s.type, 'businessName', %1$s.business_name,
                  'tradeName', %1$s.trade_name, 'primaryEmail', %1$s.primary_email,
                  'primaryPhone', %1$s.primary_phone, 'state', %1$s.state, 'isActive', %1$s.is_active,
                  'createdAt', %1$s.created_at)""".formatted(o);
    }
}
