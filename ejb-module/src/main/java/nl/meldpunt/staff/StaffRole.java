package nl.meldpunt.staff;

import nl.meldpunt.shared.Roles;

/** The role of a staff account; its name is the security group and role name. */
public enum StaffRole {
    PLATFORM_ADMIN(Roles.PLATFORM_ADMIN),
    ORG_ADMIN(Roles.ORG_ADMIN),
    CONFIDANT(Roles.CONFIDANT),
    HR(Roles.HR);

    private final String roleName;

    StaffRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    /** Where this role starts after logging in. */
    public String homePath() {
        return switch (this) {
            case PLATFORM_ADMIN -> "/platform/index.xhtml";
            case ORG_ADMIN -> "/admin/index.xhtml";
            case CONFIDANT -> "/console/index.xhtml";
            case HR -> "/hr/index.xhtml";
        };
    }
}
