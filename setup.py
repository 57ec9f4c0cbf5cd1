"""Packaging for skin_nbdev: everything is read from settings.ini (nbdev 2)."""
from configparser import ConfigParser
import setuptools

cfg = ConfigParser(delimiters=['='])
cfg.read('settings.ini', encoding='utf-8')
cfg = cfg['DEFAULT']
for o in 'version description keywords author author_email copyright user lib_name min_python git_url'.split():
    assert o in cfg, f'settings.ini needs `{o}`'

licenses = {'apache2': 'Apache-2.0'}  # an SPDX expression (setuptools deprecates license classifiers)
statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable', '6 - Mature', '7 - Inactive']
py_versions = '3.10 3.11 3.12 3.13'.split()
min_python = cfg['min_python']
requirements = cfg.get('requirements', '').split()
deploy_requirements = cfg.get('deploy_requirements', '').split()
app_requirements = cfg.get('app_requirements', '').split()
dev_requirements = cfg.get('dev_requirements', '').split() + deploy_requirements + app_requirements
console_scripts = cfg.get('console_scripts', '').split()

setuptools.setup(
    name=cfg['lib_name'],
    license=licenses[cfg.get('license', 'apache2').lower()],
    classifiers=['Development Status :: ' + statuses[int(cfg['status'])],
                 'Intended Audience :: ' + cfg['audience'].title(),
                 'Natural Language :: ' + cfg['language'].title(),
                 'Topic :: Scientific/Engineering :: Medical Science Apps.',
                 'Topic :: Scientific/Engineering :: Image Recognition'] +
                ['Programming Language :: Python :: ' + o for o in py_versions[py_versions.index(min_python):]],
    url=cfg['git_url'],
    packages=setuptools.find_namespace_packages(include=[cfg['lib_name'], cfg['lib_name'] + '.*']),  # assets/ folders too: their files are package data
    include_package_data=True,
    package_data={cfg['lib_name']: ['assets/*', 'assets/*/*', 'assets/*/*/*']},
    install_requires=requirements,
    extras_require={'dev': dev_requirements, 'deploy': deploy_requirements, 'app': app_requirements},
    python_requires='>=' + min_python,
    long_description=open('README.md', encoding='utf-8').read(),
    long_description_content_type='text/markdown',
    zip_safe=False,
    entry_points={'console_scripts': console_scripts, 'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
    version=cfg['version'],
    description=cfg['description'],
    keywords=cfg['keywords'],
    author=cfg['author'],
    author_email=cfg['author_email'],
)
