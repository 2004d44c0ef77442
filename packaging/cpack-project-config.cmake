# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack once per generator. The .deb installs everything but the component
# license_text: Debian Policy §12.5 has the copyright file refer to
# /usr/share/common-licenses/GPL-3 instead of shipping the text again.
if(CPACK_GENERATOR STREQUAL "DEB")
    # Every install() without a COMPONENT belongs to CMake's default component.
    list(TRANSFORM CPACK_INSTALL_CMAKE_PROJECTS REPLACE "^ALL$" "Unspecified")
endif()
