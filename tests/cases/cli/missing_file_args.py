# A missing script with arguments after it: still exit 2.
