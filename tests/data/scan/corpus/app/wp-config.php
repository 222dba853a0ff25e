<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'xLlMA2lHCo*V4K.TwX8c' );
define( 'DB_HOST', 'mysql.internal' );
define( 'AUTH_KEY',         '!ZdL?vT#L>00G<D6^7Ki5BF*W}^b)4#(>%%>}lyP9-|5-{zHwbe(8yA(];+-numP' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
