/**
 * Who may call a service method, and in which transaction, named once: the services are called by the REST API and
 * directly by the Vaadin views, so the role check stands on the method. Roles inherit upwards (ADMIN &gt; PLANNER &gt;
 * VIEWER, see the role hierarchy in the security configuration).
 */
package org.lungang.webui.base.access;
